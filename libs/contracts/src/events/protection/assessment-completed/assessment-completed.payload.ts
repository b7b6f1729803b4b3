import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsISO8601, IsOptional, IsUUID } from 'class-validator';
import { RiskGrade, RiskGrades, RiskLevel, RiskLevels } from '../../../vocabulary/vocabulary';

/** An individual assessment of the victim's protection needs was completed (VRD Art 22). */
export class AssessmentCompleted {
  @IsUUID()
  assessmentId: string;

  @IsIn(RiskLevels)
  riskLevel: RiskLevel;

  @IsISO8601({ strict: true })
  completedAt: string;

  /** The assessment's own finer grade, of which riskLevel is the journey's reading. */
  @IsOptional()
  @IsIn(RiskGrades)
  riskGrade?: RiskGrade;

  /** Whether the victim has specific protection needs (always so for a child or presumed child). */
  @IsOptional()
  @IsBoolean()
  specificProtectionNeeds?: boolean;

  /** The re-assessment requests this assessment answers. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  answersRequestIds?: string[];
}
