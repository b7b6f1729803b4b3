import { randomUUID } from 'node:crypto';
import { AssessmentCompletedEvent, buildEvent, RiskGrade, RiskLevel, RiskLevelForGrade } from '@harbour/contracts';
import { outboxEntries, WithOutbox } from '@harbour/messaging';
import { Answer } from '../questionnaire/answers';
import { AssessmentResult } from '../questionnaire/score-assessment';

/**
 * An individual assessment of one journey. Only what others may read is in clear: the grade,
 * whether there are specific protection needs, and the requests it answers. The answers and the
 * findings derived from them (score, child, measures with the answers behind them) are sealed
 * with the journey's key in `sealedDetails`.
 */
export interface Assessment extends WithOutbox {
  _id: string;
  journeyId: string;
  questionnaireVersion: string;
  grade: RiskGrade;
  riskLevel: RiskLevel;
  specificProtectionNeeds: boolean;
  answersRequestIds: string[];
  sealedDetails: string;
  completedAt: Date;
  completedBy: string;
}

/** What `sealedDetails` holds once opened. */
export interface AssessmentDetails {
  answers: Answer[];
  result: AssessmentResult;
}

export interface CompletedAssessment {
  journeyId: string;
  questionnaireVersion: string;
  result: AssessmentResult;
  answersRequestIds: string[];
  sealedDetails: string;
  completedBy: string;
}

/** The assessment with its AssessmentCompleted fact, which carries codes only, in its outbox. */
export function completeAssessment(draft: CompletedAssessment, at: Date): Assessment {
  const assessmentId = randomUUID();
  const riskLevel = RiskLevelForGrade[draft.result.grade];
  const event = buildEvent(AssessmentCompletedEvent, {
    id: randomUUID(),
    journeyId: draft.journeyId,
    time: at.toISOString(),
    data: {
      assessmentId,
      riskLevel,
      completedAt: at.toISOString(),
      riskGrade: draft.result.grade,
      specificProtectionNeeds: draft.result.specificProtectionNeeds,
      answersRequestIds: draft.answersRequestIds,
    },
  });
  return {
    _id: assessmentId,
    journeyId: draft.journeyId,
    questionnaireVersion: draft.questionnaireVersion,
    grade: draft.result.grade,
    riskLevel,
    specificProtectionNeeds: draft.result.specificProtectionNeeds,
    answersRequestIds: draft.answersRequestIds,
    sealedDetails: draft.sealedDetails,
    completedAt: at,
    completedBy: draft.completedBy,
    outbox: outboxEntries([event]),
  };
}
