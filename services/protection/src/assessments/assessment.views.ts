import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { RiskGrade, RiskGrades, RiskLevel, RiskLevels } from '@harbour/contracts';
import { Role } from '@harbour/security';
import { Answer } from '../questionnaire/answers';
import { NeededMeasure } from '../questionnaire/questionnaire';
import { AssessmentResult, MeasureFinding } from '../questionnaire/score-assessment';
import { Assessment, AssessmentDetails } from './assessment';

/** What a support case worker reads: the risk level only. */
export class RiskLevelView {
  @ApiProperty({ format: 'uuid' })
  assessmentId: string;

  @ApiProperty({ format: 'uuid' })
  journeyId: string;

  @ApiProperty({ enum: RiskLevels, description: "The journey's risk level" })
  riskLevel: RiskLevel;

  @ApiProperty({ enum: RiskGrades, description: "The assessment's own grade" })
  grade: RiskGrade;
}

/** What a prosecutor liaison reads: the findings that bear on special measures in proceedings (VRD Art 23), not the answers. */
export class FindingsView extends RiskLevelView {
  @ApiProperty()
  questionnaireVersion: string;

  @ApiProperty()
  specificProtectionNeeds: boolean;

  @ApiProperty({ description: 'Measures found needed' })
  measures: NeededMeasure[];

  @ApiProperty({ format: 'date-time' })
  completedAt: string;
}

/** What a protection officer reads: everything, the answers included. */
export class AssessmentView extends FindingsView {
  @ApiProperty({ description: 'Each needed measure with the answers that call for it' })
  findings: MeasureFinding[];

  @ApiProperty()
  score: number;

  @ApiProperty({ description: 'A child or presumed child: always specific protection needs' })
  child: boolean;

  @ApiProperty({ description: 'Answers that raised the grade above the score' })
  gradeFloors: AssessmentResult['gradeFloors'];

  @ApiProperty({ format: 'uuid', isArray: true, description: 'Re-assessment requests this assessment answers' })
  answersRequestIds: string[];

  @ApiPropertyOptional({ description: 'The answers as given' })
  answers?: Answer[];
}

export type AssessmentReader = 'protection-officer' | 'prosecutor-liaison' | 'support-case-worker';

/** The most a caller may read, by the roles of their token; the least when in doubt. */
export function readerOf(roles: readonly Role[]): AssessmentReader {
  return (['protection-officer', 'prosecutor-liaison'] as const).find((role) => roles.includes(role)) ?? 'support-case-worker';
}

export function toRiskLevelView(assessment: Assessment): RiskLevelView {
  return { assessmentId: assessment._id, journeyId: assessment.journeyId, riskLevel: assessment.riskLevel, grade: assessment.grade };
}

export function toFindingsView(assessment: Assessment, { result }: Pick<AssessmentDetails, 'result'>): FindingsView {
  return {
    ...toRiskLevelView(assessment),
    questionnaireVersion: assessment.questionnaireVersion,
    specificProtectionNeeds: assessment.specificProtectionNeeds,
    measures: result.measures.map((finding) => finding.measure),
    completedAt: assessment.completedAt.toISOString(),
  };
}

export function toAssessmentView(assessment: Assessment, details: AssessmentDetails, withAnswers: boolean): AssessmentView {
  const { result } = details;
  return {
    ...toFindingsView(assessment, details),
    findings: result.measures,
    score: result.score,
    child: result.child,
    gradeFloors: result.gradeFloors,
    answersRequestIds: assessment.answersRequestIds,
    ...(withAnswers ? { answers: details.answers } : {}),
  };
}
