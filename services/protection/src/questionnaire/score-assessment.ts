import { RiskGrade, RiskGrades } from '@harbour/contracts';
import { Answer } from './answers';
import { AnswerOption, NeededMeasure, NeededMeasures, Questionnaire } from './questionnaire';

/** The answer that a finding rests on, by codes only. */
export interface AnswerReason {
  questionId: string;
  optionId: string;
}

export interface MeasureFinding {
  measure: NeededMeasure;
  reasons: AnswerReason[];
}

export interface AssessmentResult {
  grade: RiskGrade;
  score: number;
  /** VRD Art 22(4): a child, or a person presumed to be one, always has specific protection needs. */
  child: boolean;
  specificProtectionNeeds: boolean;
  /** Answers that raised the grade above what the score alone gives. */
  gradeFloors: (AnswerReason & { atLeast: RiskGrade })[];
  measures: MeasureFinding[];
}

/**
 * Scores answers already checked against their questionnaire (see answerProblems): the sum of
 * the chosen options' weights gives the grade by the questionnaire's thresholds, an answer may
 * raise it to a floor, and each needed measure lists the answers that call for it.
 */
export function scoreAssessment(questionnaire: Questionnaire, answers: readonly Answer[]): AssessmentResult {
  const chosen = chosenOptions(questionnaire, answers);
  const score = chosen.reduce((sum, { option }) => sum + option.weight, 0);
  const gradeFloors = chosen.flatMap(({ questionId, option }) => (option.atLeast ? [{ questionId, optionId: option.id, atLeast: option.atLeast }] : []));
  const grade = [gradeForScore(questionnaire, score), ...gradeFloors.map((floor) => floor.atLeast)].reduce(higher);
  const child = chosen.some(({ option }) => option.presumesChild === true);
  const measures = NeededMeasures.flatMap((measure) => {
    const reasons = chosen.filter(({ option }) => option.measures?.includes(measure)).map(({ questionId, option }) => ({ questionId, optionId: option.id }));
    return reasons.length > 0 ? [{ measure, reasons }] : [];
  });
  return { grade, score, child, specificProtectionNeeds: child || grade !== 'low', gradeFloors, measures };
}

function chosenOptions(questionnaire: Questionnaire, answers: readonly Answer[]): { questionId: string; option: AnswerOption }[] {
  return answers.flatMap((answer) => {
    const question = questionnaire.questions.find((candidate) => candidate.id === answer.questionId);
    if (!question || question.answer === 'text') return [];
    return question.options.filter((option) => answer.optionIds?.includes(option.id)).map((option) => ({ questionId: question.id, option }));
  });
}

function gradeForScore({ thresholds }: Questionnaire, score: number): RiskGrade {
  if (score >= thresholds.critical) return 'critical';
  if (score >= thresholds.high) return 'high';
  if (score >= thresholds.medium) return 'medium';
  return 'low';
}

function higher(a: RiskGrade, b: RiskGrade): RiskGrade {
  return RiskGrades.indexOf(a) >= RiskGrades.indexOf(b) ? a : b;
}
