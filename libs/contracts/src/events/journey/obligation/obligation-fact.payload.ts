import { IsIn, IsISO8601, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

export const ObligationBases = ['law', 'practice', 'default'] as const;

/** Why an obligation closed as it did: codes, never free text. */
export const ObligationReasonCodes = [
  'evidence-received',
  'already-met-when-opened',
  'protection-period-respected',
  'due-time-passed',
  'renewal-not-decided',
  'queued-without-receipt',
  'translation-not-done',
  'breached-during-protection-period',
  'removed-while-protected',
  'victim-declined',
  'order-ended-on-its-date',
  'order-revoked',
  'entered-in-error',
  'duplicate-journey',
  'not-applicable-in-country',
  'superseded-by-court-order',
  'declined-by-organisation',
] as const;
export type ObligationReasonCode = (typeof ObligationReasonCodes)[number];

/** A legal obligation of a journey reached an outcome; its legal basis travels with it. */
export class ObligationFact {
  /** Unique within the journey, e.g. `vrd-4-information#1`. */
  @Matches(/^[a-z0-9-]+#[0-9]+$/)
  obligationId: string;

  /** The rule pack row, e.g. `vrd-4-information`. */
  @Matches(/^[a-z0-9-]+$/)
  ruleId: string;

  /** Rule pack and version the due time was computed from, e.g. `eu-baseline@1`. */
  @Matches(/^[a-z0-9-]+@[0-9]+$/)
  rulePack: string;

  @IsString()
  @MaxLength(200)
  legalBasis: string;

  @IsIn(ObligationBases)
  basis: (typeof ObligationBases)[number];

  /** Absent for an obligation that holds until a fact closes it. */
  @IsOptional()
  @IsISO8601({ strict: true })
  dueAt?: string;

  /** When the obligation opened, so that the time to meet it can be measured; outcomes published before it was added lack it. */
  @IsOptional()
  @IsISO8601({ strict: true })
  openedAt?: string;

  @IsISO8601({ strict: true })
  at: string;

  /** Why the obligation closed as it did (ObligationReasonCodes); events from before it was added lack it. */
  @IsOptional()
  @IsIn(ObligationReasonCodes)
  reasonCode?: ObligationReasonCode;
}

/** The outcomes other than met and missed, each published as a closed obligation. */
export const ClosedObligationOutcomes = ['breached', 'declined-by-victim', 'ended', 'revoked', 'cancelled'] as const;

/** An obligation closed otherwise than met or missed; `outcome` says how. */
export class ObligationClosedFact extends ObligationFact {
  @IsIn(ClosedObligationOutcomes)
  outcome: (typeof ClosedObligationOutcomes)[number];
}
