import { Schema } from 'mongoose';
import { DecisionTaskKinds, GroundsDecisions, NrmReferralConsents } from '@harbour/contracts';
import { outboxPlugin } from '@harbour/messaging';
import { AgeGroups, DecisionTask, GroundsRecord, NrmReferral } from './nrm-referral';
import { NrmReferralStatuses } from './nrm-referral-status';

export const NRM_REFERRAL_MODEL = 'NrmReferral';

const taskSchema = new Schema<DecisionTask>(
  {
    kind: { type: String, enum: DecisionTaskKinds, required: true },
    openedAt: { type: Date, required: true },
    openedBy: { type: String, required: true },
  },
  { _id: false },
);

const groundsFields = {
  decision: { type: String, enum: GroundsDecisions, required: true },
  decidedAt: { type: Date, required: true },
  decidedBy: { type: String, required: true },
  encryptedReasons: { type: String, required: true },
};
const reasonableGroundsSchema = new Schema<GroundsRecord>(groundsFields, { _id: false });
const conclusiveGroundsSchema = new Schema<GroundsRecord & { requestedByPerson: boolean }>(
  { ...groundsFields, requestedByPerson: { type: Boolean, required: true } },
  { _id: false },
);

export const nrmReferralSchema = new Schema<NrmReferral>(
  {
    _id: { type: String, required: true },
    journeyId: { type: String, required: true, index: true },
    screeningId: { type: String },
    ageGroup: { type: String, enum: AgeGroups, required: true },
    consent: { type: String, enum: NrmReferralConsents, required: true },
    status: { type: String, enum: NrmReferralStatuses, required: true },
    submittedAt: { type: Date, required: true },
    submittedBy: { type: String, required: true },
    decisionTasks: { type: [taskSchema], required: true },
    openTask: { type: String, enum: DecisionTaskKinds },
    openTaskSince: { type: Date },
    reasonableGrounds: { type: reasonableGroundsSchema },
    conclusiveGrounds: { type: conclusiveGroundsSchema },
    recoveryPeriodExtendedUntil: { type: Date },
  },
  { collection: 'nrm_referrals', versionKey: false },
).plugin(outboxPlugin);
// The decision makers' task list: open tasks, oldest first.
nrmReferralSchema.index({ openTask: 1, openTaskSince: 1 }, { sparse: true });
