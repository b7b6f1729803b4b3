import { IsIn, IsISO8601, IsOptional, Matches } from 'class-validator';
import { HarbourRole, HarbourRoles } from '../../../vocabulary/roles';

/** The roles a journey's task goes to: people who act, not auditors or machine clients. */
export const ObligationTaskRoles = HarbourRoles.filter((role) => role !== 'auditor' && role !== 'service');
export type ObligationTaskRole = Exclude<HarbourRole, 'auditor' | 'service'>;

/**
 * Why the task was raised: a reminder before the due time, an escalation the rule asks for, or an
 * act that was started but whose evidence never came in the rule's time (a message only queued).
 */
export const ObligationTaskKinds = ['reminder', 'review', 'notify-operations', 're-route-to-next-organisation', 'chase-deciding-authority', 'evidence-awaited'] as const;
export type ObligationTaskKind = (typeof ObligationTaskKinds)[number];

/**
 * An open obligation needs someone to act: a task for a role (and, when the journey knows it, an
 * organisation), for their inbox and the operations view. Codes only.
 */
export class ObligationTask {
  @Matches(/^[a-z0-9-]+#[0-9]+$/)
  obligationId: string;

  @Matches(/^[a-z0-9-]+$/)
  ruleId: string;

  @IsIn(ObligationTaskKinds)
  kind: ObligationTaskKind;

  @IsIn(ObligationTaskRoles)
  forRole: ObligationTaskRole;

  /** The organisation the task is for, when the journey knows who acts (the referral's organisation). */
  @IsOptional()
  @Matches(/^[a-z0-9-]{2,64}$/)
  forOrganisationId?: string;

  @IsOptional()
  @IsISO8601({ strict: true })
  dueAt?: string;

  @IsISO8601({ strict: true })
  at: string;
}
