/**
 * The shape of the rule pack: each obligation a journey can track, why it exists, what starts
 * it, how its due time is computed, and what happens around it.
 */

export type RuleId =
  | 'vrd-4-information'
  | 'vrd-5-acknowledgement'
  | 'vrd-6-case-update'
  | 'vrd-6-release-escape'
  | 'vrd-7-interpretation'
  | 'vrd-8-support-contact'
  | 'vrd-17-cross-border-complaint'
  | 'vrd-22-individual-assessment'
  | 'atd-11-assistance'
  | 'atd-8-non-punishment'
  | 'nrm-reasonable-grounds'
  | 'cets-13-recovery-period'
  | 'cets-10-no-removal'
  | 'cets-10-child-presumption'
  | 'cets-16-return'
  | 'comp-2004-80-transmit'
  | 'comp-2004-80-acknowledge'
  | 'comp-application-window'
  | 'comp-decision'
  | 'epo-recognition'
  | 'protection-order-expiry';

/** Whether the figure is set by law, by established national practice, or is Harbour's default. */
export type FigureBasis = 'law' | 'practice' | 'default';

export interface LegalReference {
  instrument: string;
  article?: string;
}

export type DueUnit = 'hours' | 'calendar-days' | 'working-days' | 'weeks' | 'months' | 'years';

export interface DueComputation {
  unit: DueUnit;
  amount: number;
  /**
   * Set when the period is counted back from a future date the trigger names (a hearing, a
   * departure, an expiry) rather than forward from the trigger itself.
   */
  before?: string;
}

export type Reminder =
  /** Halfway between the trigger and the due time. */
  | { at: 'half-time' }
  /** A period before the due time. */
  | { at: 'before-due'; period: DueComputation };

export type EscalationCause = 'missed' | 'declined' | 'no-organisation-left';

export type EscalationAction =
  | 'notify-operations'
  | 're-route-to-next-organisation'
  | 'chase-deciding-authority';

export interface Escalation {
  on: EscalationCause[];
  action: EscalationAction;
}

/** A further step of the same obligation with its own period, e.g. contact after acceptance. */
export interface FollowUp {
  what: string;
  from: string;
  due: DueComputation;
}

/**
 * Whose calendar a period is counted in: the state whose authority must act. By default the
 * journey's country; a step another state's authority takes counts in that state's working days,
 * which the fact that opens the obligation names.
 */
export type CalendarState = 'journey-country' | 'assisting-authority-state' | 'deciding-authority-state' | 'executing-state';

export interface ObligationRule {
  id: RuleId;
  title: string;
  /** The obligation as the instrument puts it. */
  obligation: string;
  legalBasis: LegalReference[];
  /** What starts the clock. */
  trigger: string;
  /** The due time as a computation; null where only a country pack can set it. */
  due: DueComputation | null;
  /** Children are presumed to have specific needs: a shorter period applies to them. */
  dueForChildren?: DueComputation;
  followUps?: FollowUp[];
  /** Whose calendar counts the period; absent: the journey's country. */
  calendarOf?: CalendarState;
  /** The due time in words, as the legal team wrote it. */
  dueText: string;
  reminders: Reminder[];
  escalation: Escalation[];
  priority: 'normal' | 'highest';
  basis: FigureBasis;
  /** The basis in words, e.g. `law ("without unnecessary delay"), default figure`. */
  basisText: string;
}

/** A country's deviation from the baseline for one rule; it must cite its own source. */
export interface RuleOverride {
  ruleId: RuleId;
  source: string;
  due?: DueComputation;
  dueForChildren?: DueComputation;
  dueText: string;
  reminders?: Reminder[];
  basis: FigureBasis;
  basisText: string;
}

export interface CountryPack {
  id: string;
  version: number;
  /** ISO 3166-1 alpha-2. */
  country: string;
  overrides: RuleOverride[];
}

export interface RulePack {
  id: string;
  version: number;
  rules: ObligationRule[];
  countryPacks: CountryPack[];
}

/** A rule as it applies in one country, with the pack and version that set its figure. */
export interface ResolvedRule extends ObligationRule {
  /** `<pack>@<version>`, e.g. `eu-baseline@1` or `be@1`. */
  rulePack: string;
  country: string;
  /** The country pack's source where it overrides the baseline. */
  source?: string;
}

/** The legal basis as one line, e.g. `Directive 2012/29/EU Art 4`. */
export function legalBasisText(rule: Pick<ObligationRule, 'legalBasis'>): string {
  return rule.legalBasis.map((reference) => [reference.instrument, reference.article].filter(Boolean).join(' ')).join('; ');
}
