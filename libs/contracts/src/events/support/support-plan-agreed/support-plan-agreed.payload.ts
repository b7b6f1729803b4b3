import { IsISO8601, IsUUID } from 'class-validator';

/** A support plan was agreed with the victim; its content stays in support, encrypted. */
export class SupportPlanAgreed {
  @IsUUID()
  referralId: string;

  @IsUUID()
  planId: string;

  @IsISO8601({ strict: true })
  agreedAt: string;

  @IsISO8601({ strict: true })
  reviewBy: string;
}
