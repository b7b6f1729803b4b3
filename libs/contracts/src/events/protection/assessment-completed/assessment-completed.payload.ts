import { IsIn, IsISO8601, IsUUID } from 'class-validator';
import { RiskLevel, RiskLevels } from '../../../vocabulary/vocabulary';

/** An individual assessment of the victim's protection needs was completed (VRD Art 22). */
export class AssessmentCompleted {
  @IsUUID()
  assessmentId: string;

  @IsIn(RiskLevels)
  riskLevel: RiskLevel;

  @IsISO8601({ strict: true })
  completedAt: string;
}
