import { IsISO8601, IsUUID } from 'class-validator';

/** A breach of a protection order was reported, in the issuing state or, for a European Protection Order, the executing state. */
export class ProtectionOrderBreachReported {
  @IsUUID()
  orderId: string;

  @IsUUID()
  breachId: string;

  @IsISO8601({ strict: true })
  reportedAt: string;
}
