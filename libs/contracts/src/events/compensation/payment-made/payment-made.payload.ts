import { IsISO8601, IsUUID } from 'class-validator';

/** Compensation awarded on the claim was paid to the victim. */
export class PaymentMade {
  @IsUUID()
  claimId: string;

  @IsUUID()
  paymentId: string;

  @IsISO8601({ strict: true })
  paidAt: string;
}
