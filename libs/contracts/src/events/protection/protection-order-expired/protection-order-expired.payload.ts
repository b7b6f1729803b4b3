import { IsISO8601, IsUUID } from 'class-validator';

/** A protection order reached its end date without being renewed and is no longer in force. */
export class ProtectionOrderExpired {
  @IsUUID()
  orderId: string;

  @IsISO8601({ strict: true })
  expiredAt: string;
}
