import { IsISO8601, IsUUID } from 'class-validator';

/** The protection service reminded those responsible that an order ends soon and its renewal is to be decided. */
export class ProtectionOrderExpiring {
  @IsUUID()
  orderId: string;

  @IsISO8601({ strict: true })
  endsAt: string;

  @IsISO8601({ strict: true })
  remindedAt: string;
}
