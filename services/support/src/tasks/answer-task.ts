import { Injectable } from '@nestjs/common';
import { Referral, ReferralStep } from '../referrals/referral';
import { ReferralNotFoundError } from '../referrals/referral-not-found.error';
import { ReferralRepository } from '../referrals/referral.repository';
import { MoveReferral } from '../referrals/move-referral';

/** The steps an organisation takes on its own tasks. */
export type OrganisationStep = Extract<ReferralStep, { action: 'accept' | 'decline' | 'start' | 'complete' }>;

export interface AnswerTaskCommand {
  organisationId: string;
  referralId: string;
  /** The case worker's token subject. */
  actor: string;
  step: OrganisationStep;
}

/** An organisation accepts or declines a referral offered to it, then starts and completes its support. */
@Injectable()
export class AnswerTask {
  constructor(
    private readonly referrals: ReferralRepository,
    private readonly move: MoveReferral,
  ) {}

  async execute({ organisationId, referralId, actor, step }: AnswerTaskCommand): Promise<Referral> {
    const referral = await this.referrals.findOne(organisationId, { _id: referralId });
    if (!referral) throw new ReferralNotFoundError(referralId);
    return this.move.execute(referral, step, actor);
  }
}
