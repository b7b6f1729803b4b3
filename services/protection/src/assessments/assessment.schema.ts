import { Schema } from 'mongoose';
import { RiskGrades, RiskLevels } from '@harbour/contracts';
import { outboxPlugin } from '@harbour/messaging';
import { Assessment } from './assessment';

export const ASSESSMENT_MODEL = 'Assessment';

export const assessmentSchema = new Schema<Assessment>(
  {
    _id: { type: String, required: true },
    journeyId: { type: String, required: true },
    questionnaireVersion: { type: String, required: true },
    grade: { type: String, enum: RiskGrades, required: true },
    riskLevel: { type: String, enum: RiskLevels, required: true },
    specificProtectionNeeds: { type: Boolean, required: true },
    answersRequestIds: { type: [String], default: [] },
    sealedDetails: { type: String, required: true },
    completedAt: { type: Date, required: true },
    completedBy: { type: String, required: true },
  },
  { collection: 'assessments', versionKey: false },
);
assessmentSchema.plugin(outboxPlugin);
// The journey's latest assessment: the requests made since are the next one's to answer.
assessmentSchema.index({ journeyId: 1, completedAt: -1 });
