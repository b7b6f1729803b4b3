import { Schema } from 'mongoose';
import { ReferralDeclineReasons, ReferralWithdrawalReasons, Specialisms } from '@harbour/contracts';
import { outboxPlugin } from '@harbour/messaging';
import { ReferralBases } from '../referral-basis/referral-basis';
import { NeedsAssessment, SupportPlan, SupportPlanItem } from '../support-plans/support-plan';
import { SupportNeedCodes } from '../support-plans/support-needs';
import { Referral, ReferralHistoryEntry, ReferralStatuses } from './referral';

export const REFERRAL_MODEL = 'Referral';

const historyEntrySchema = new Schema<ReferralHistoryEntry>(
  {
    action: { type: String, enum: ['offer', 'accept', 'decline', 'withdraw', 'start', 'complete', 'revoke'], required: true },
    at: { type: Date, required: true },
    actor: { type: String, required: true },
  },
  { _id: false },
);

const needsAssessmentSchema = new Schema<NeedsAssessment>(
  {
    needs: { type: [String], enum: SupportNeedCodes, required: true },
    encryptedNotes: String,
    assessedAt: { type: Date, required: true },
    assessedBy: { type: String, required: true },
  },
  { _id: false },
);

const supportPlanSchema = new Schema<SupportPlan>(
  {
    planId: { type: String, required: true },
    items: {
      type: [
        new Schema<SupportPlanItem>(
          { need: { type: String, enum: SupportNeedCodes, required: true }, encryptedGoal: { type: String, required: true }, reviewBy: { type: Date, required: true } },
          { _id: false },
        ),
      ],
      required: true,
    },
    longTermSupport: { type: Boolean, required: true },
    reviewBy: { type: Date, required: true },
    agreedAt: { type: Date, required: true },
    agreedBy: { type: String, required: true },
  },
  { _id: false },
);

export const referralSchema = new Schema<Referral>(
  {
    _id: { type: String, required: true },
    journeyId: { type: String, required: true },
    organisationId: { type: String, required: true },
    offerKey: { type: String, required: true },
    attempt: { type: Number, required: true, min: 1 },
    country: { type: String, required: true },
    language: { type: String, required: true },
    specialism: { type: String, enum: Specialisms, required: true },
    helpline: { type: Boolean, required: true },
    basis: { type: String, enum: ReferralBases, required: true },
    status: { type: String, enum: ReferralStatuses, required: true },
    offeredAt: { type: Date, required: true },
    acceptBy: { type: Date, required: true },
    history: { type: [historyEntrySchema], required: true },
    declineReason: { type: String, enum: ReferralDeclineReasons },
    withdrawalReason: { type: String, enum: ReferralWithdrawalReasons },
    needsAssessment: needsAssessmentSchema,
    supportPlan: supportPlanSchema,
  },
  { versionKey: false },
);
referralSchema.plugin(outboxPlugin);
// A retried offerReferral activity finds, or collides with, the referral its first run made.
referralSchema.index({ offerKey: 1 }, { unique: true });
// The task inbox: one organisation's referrals by status, most urgent first.
referralSchema.index({ organisationId: 1, status: 1, acceptBy: 1 });
