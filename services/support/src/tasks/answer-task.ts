import { Injectable } from '@nestjs/common';
import { planStep, Referral, ReferralStep } from '../referrals/referral';
import { ReferralNotFoundError } from '../referrals/referral-not-found.error';
import { ReferralRepository } from '../referrals/referral.repository';

export interface AnswerTaskCommand {
  organisationId: string;
  referralId: string;
  /** The case worker's token subject. */
  actor: string;
  step: Extract<ReferralStep, { action: 'accept' | 'decline' }>;
}

/** An organisation accepts or declines a referral offered to it. */
@Injectable()
export class AnswerTask {
  constructor(private readonly referrals: ReferralRepository) {}

  async execute({ organisationId, referralId, actor, step }: AnswerTaskCommand): Promise<Referral> {
    const referral = await this.referrals.findOne(organisationId, { _id: referralId });
    if (!referral) throw new ReferralNotFoundError(referralId);
    const change = planStep(referral, step, actor, new Date());
    await this.referrals.apply(referral, change);
    return { ...referral, ...change.fields, status: change.status };
  }
}
