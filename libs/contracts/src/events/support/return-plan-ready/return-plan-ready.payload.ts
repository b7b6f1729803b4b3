import { IsISO8601, IsUUID } from 'class-validator';

/** The return plan is ready: a risk assessment and a referral to an organisation in the country of return. */
export class ReturnPlanReady {
  @IsUUID()
  returnId: string;

  @IsISO8601({ strict: true })
  readyAt: string;

  @IsUUID()
  crossBorderReferralId: string;
}
