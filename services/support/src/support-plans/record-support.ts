import { randomUUID } from 'node:crypto';
import { Injectable, NotFoundException } from '@nestjs/common';
import { SupportPlanAgreedEvent } from '@harbour/contracts';
import { Keyring } from '@harbour/persistence';
import { fact, Referral } from '../referrals/referral';
import { ReferralNotFoundError } from '../referrals/referral-not-found.error';
import { ReferralRepository } from '../referrals/referral.repository';
import { planReviewBy, SupportPlan } from './support-plan';
import { SupportNeedCode } from './support-needs';

export interface NeedsAssessmentCommand {
  needs: SupportNeedCode[];
  notes?: string;
}

export interface SupportPlanCommand {
  items: { need: SupportNeedCode; goal: string; reviewBy: string }[];
  longTermSupport: boolean;
}

/** What the case worker reads back: the plan with its goals decrypted. */
export interface SupportPlanView {
  referralId: string;
  planId: string;
  items: { need: SupportNeedCode; goal: string; reviewBy: string }[];
  longTermSupport: boolean;
  reviewBy: string;
  agreedAt: string;
}

/**
 * The accepting organisation's needs assessment and support plan for a referral it supports.
 * Free text is encrypted under the journey's key; only codes and dates go into the fact.
 */
@Injectable()
export class RecordSupport {
  constructor(
    private readonly referrals: ReferralRepository,
    private readonly keyring: Keyring,
  ) {}

  async assessNeeds(organisationId: string, referralId: string, actor: string, { needs, notes }: NeedsAssessmentCommand): Promise<Referral> {
    const referral = await this.ownReferral(organisationId, referralId);
    const encryptedNotes = notes === undefined ? undefined : await this.keyring.encrypt(referral.journeyId, notes);
    const needsAssessment = { needs, ...(encryptedNotes ? { encryptedNotes } : {}), assessedAt: new Date(), assessedBy: actor };
    await this.referrals.recordWhileSupporting(referral, { needsAssessment });
    return { ...referral, needsAssessment };
  }

  async agreePlan(organisationId: string, referralId: string, actor: string, command: SupportPlanCommand): Promise<SupportPlanView> {
    const referral = await this.ownReferral(organisationId, referralId);
    const agreedAt = new Date();
    const items = await Promise.all(
      command.items.map(async ({ need, goal, reviewBy }) => ({ need, encryptedGoal: await this.keyring.encrypt(referral.journeyId, goal), reviewBy: new Date(reviewBy) })),
    );
    const supportPlan: SupportPlan = { planId: randomUUID(), items, longTermSupport: command.longTermSupport, reviewBy: planReviewBy(items, agreedAt), agreedAt, agreedBy: actor };
    const agreed = fact(SupportPlanAgreedEvent, referral, agreedAt, {
      referralId,
      planId: supportPlan.planId,
      agreedAt: agreedAt.toISOString(),
      reviewBy: supportPlan.reviewBy.toISOString(),
    });
    await this.referrals.recordWhileSupporting(referral, { supportPlan }, [agreed]);
    return this.view({ ...referral, supportPlan });
  }

  async plan(organisationId: string, referralId: string): Promise<SupportPlanView> {
    const referral = await this.ownReferral(organisationId, referralId);
    if (!referral.supportPlan) throw new NotFoundException(`referral ${referralId} has no support plan yet`);
    return this.view({ ...referral, supportPlan: referral.supportPlan });
  }

  private async ownReferral(organisationId: string, referralId: string): Promise<Referral> {
    const referral = await this.referrals.findOne(organisationId, { _id: referralId });
    if (!referral) throw new ReferralNotFoundError(referralId);
    return referral;
  }

  private async view(referral: Referral & { supportPlan: SupportPlan }): Promise<SupportPlanView> {
    const plan = referral.supportPlan;
    return {
      referralId: referral._id,
      planId: plan.planId,
      items: await Promise.all(
        plan.items.map(async (item) => ({ need: item.need, goal: await this.keyring.decrypt(referral.journeyId, item.encryptedGoal), reviewBy: item.reviewBy.toISOString() })),
      ),
      longTermSupport: plan.longTermSupport,
      reviewBy: plan.reviewBy.toISOString(),
      agreedAt: plan.agreedAt.toISOString(),
    };
  }
}
