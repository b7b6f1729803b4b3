import type { RuleId } from '@harbour/rules';

/** A field of a fact's data, by name. */
type Field = string;

/** The step applies only when the field holds one of the values. */
export interface FactCondition {
  field: Field;
  in: readonly (string | boolean)[];
}

/** The fact starts an obligation's clock. */
export interface OpensObligation {
  opens: RuleId;
  /** The trigger time: the obligation opens then and, unless `dueFrom` is set, its period runs from it. */
  at: Field;
  /** The future date a rule's `before` period is counted back from, e.g. the end of an order. */
  dueFrom?: Field;
  /** What the obligation is about, so that each report, order or milestone has its own. */
  subject?: Field;
  /** The state whose calendar counts the period, for a rule another state's authority acts on (its `calendarOf`). */
  calendarCountry?: Field;
  /** The step applies only when every condition holds. */
  when?: FactCondition | readonly FactCondition[];
  /** When this holds the rule's shorter period applies, as for a child: an urgent re-assessment. */
  urgentWhen?: FactCondition;
  /** Owed once per journey, from the first fact that triggers it. */
  once?: true;
  /** Guards a step added after journeys began: running journeys take it from their next fact on. */
  patch?: string;
  /** The fact itself fulfils the rule's first step; the clock runs to this follow-up of the rule (its `what`). */
  followUp?: string;
  /** The journey may already hold the evidence: once support has accepted the victim, the obligation is met as it opens. */
  alreadyMetBy?: 'support-accepted';
  /** A review is owed on this day of the period (counted as calendar days from the trigger), before its end. */
  reviewOnDay?: number;
}

/** The fact is the evidence that open obligations of these rules (and subject) were met. */
export interface MeetsObligation {
  meets: readonly RuleId[];
  at: Field;
  subject?: Field;
  /** The codes of the fact quoted as evidence. */
  evidence: readonly Field[];
  /**
   * Before the obligation's due time the fact meets it only when this field is true; otherwise the
   * fact breaches the rule, which the obligation records while it stays open.
   */
  beforeDueOnlyIf?: { field: Field; breach: string };
}

/**
 * Reasons to believe the person is a child: from `at` the journey treats them as one, and these
 * rules' obligations follow the children figure, sooner than an open one's due time or opening one.
 */
export interface PresumesChild {
  presumesChild: readonly RuleId[];
  at: Field;
}

/**
 * The victim's choice about a rule's obligations: while they do not want them, those open and
 * those still to come close as declined by the victim, citing when the choice was recorded.
 */
export interface RecordsChoice {
  choice: RuleId;
  wants: Field;
  at: Field;
}

/** The fact moves the due time of open obligations of the rule (and subject) later, e.g. an extended recovery period. */
export interface ExtendsObligation {
  extends: RuleId;
  subject?: Field;
  /** The new due time; an earlier one than the obligation has changes nothing. */
  until: Field;
  at: Field;
}

/**
 * The fact notes something on open obligations of the rule (and subject) that decides their outcome
 * at the due time: an order's renewal became due; or the act was started and its evidence is awaited
 * (a message queued with a provider, a translation requested), which never meets the obligation.
 */
export interface MarksObligation {
  marks: RuleId;
  mark: 'renewal-due' | AwaitedEvidence;
  subject?: Field;
  at: Field;
  /** Guards a step added after journeys began. */
  patch?: string;
}

export type AwaitedEvidence = 'queued' | 'translation-requested';

/** The fact closes open obligations of the rule (and subject) as neither met nor missed: an order that ended or was revoked. */
export interface ClosesObligation {
  closes: RuleId;
  as: 'ended' | 'revoked';
  subject?: Field;
  at: Field;
  evidence: readonly Field[];
  /** Guards a step added after journeys began. */
  patch?: string;
}

/**
 * The fact is something open obligations of these rules (and subject) forbid: a protection period
 * records the breach and ends breached; an obligation that holds until a fact closes it (no
 * removal while identification is under way) closes as breached at once.
 */
export interface BreachesObligation {
  breaches: readonly RuleId[];
  what: string;
  subject?: Field;
  at: Field;
  evidence: readonly Field[];
  /** Guards a step added after journeys began. */
  patch?: string;
}

export type ObligationStep = OpensObligation | MeetsObligation | RecordsChoice | PresumesChild | ExtendsObligation | MarksObligation | ClosesObligation | BreachesObligation;

/**
 * What an obligation still open at its due time becomes. A deadline is missed. A protection period
 * (the recovery period: CETS 197 Art 13) is met when it ran its course and breached when something
 * it forbids happened inside it. An order reaching its end date ended, unless its renewal was due
 * and nobody decided it: only then is it missed.
 */
export const AtDue: Partial<Record<RuleId, 'protection-period' | 'ends-unless-renewal-due'>> = {
  'cets-13-recovery-period': 'protection-period',
  'protection-order-expiry': 'ends-unless-renewal-due',
};

const caseUpdateMilestones = ['case-opened', 'decision-not-to-prosecute', 'charges-brought', 'trial-scheduled', 'final-judgement'];
const releaseOrEscape = ['offender-released', 'offender-escaped'];
const positive = { field: 'decision', in: ['positive'] };
const formalComplaint = { field: 'formalComplaint', in: [true] };

/**
 * Which obligations each fact opens, meets or lets the victim decline, in the order the journey
 * applies them. Versioned: a change that alters what running journeys do carries a `patch`.
 */
/** What every door's first fact owes, as a report does: information and an individual assessment from first contact. */
const firstContact = (at: string) =>
  [
    { opens: 'vrd-4-information', at, once: true, patch: 'first-contact-from-any-door' },
    { opens: 'vrd-22-individual-assessment', at, once: true, patch: 'first-contact-from-any-door' },
  ] as const;

export const ObligationTable = {
  version: 5,
  facts: {
    'harbour.reporting.report.received.v1': [
      { opens: 'vrd-4-information', at: 'receivedAt', once: true },
      { opens: 'vrd-5-acknowledgement', at: 'receivedAt', subject: 'reportId', when: formalComplaint },
      { opens: 'vrd-22-individual-assessment', at: 'receivedAt', once: true, patch: 'vrd-22-from-first-contact' },
      { opens: 'vrd-17-cross-border-complaint', at: 'receivedAt', subject: 'reportId', when: [formalComplaint, { field: 'crimeAbroad', in: [true] }] },
    ],
    'harbour.reporting.complaint.transmitted.v1': [
      { meets: ['vrd-17-cross-border-complaint'], subject: 'reportId', at: 'transmittedAt', evidence: ['reportId', 'transmissionId', 'toCountry'] },
    ],
    'harbour.justice.victim-information.provided.v1': [
      { meets: ['vrd-4-information'], at: 'providedAt', evidence: ['informationId', 'channel', 'language'] },
    ],
    'harbour.reporting.complaint.acknowledged.v1': [
      { meets: ['vrd-5-acknowledgement'], subject: 'reportId', at: 'acknowledgedAt', evidence: ['reportId', 'language'] },
    ],
    // Written in a fallback language: Art 5 waits for the translation (Art 5(3)).
    'harbour.reporting.acknowledgement-translation.requested.v1': [
      { marks: 'vrd-5-acknowledgement', mark: 'translation-requested', subject: 'reportId', at: 'requestedAt', patch: 'marks-awaited-evidence' },
    ],
    'harbour.justice.notification-preferences.recorded.v1': [
      { choice: 'vrd-6-case-update', wants: 'wantsCaseUpdates', at: 'recordedAt' },
      { choice: 'vrd-6-release-escape', wants: 'wantsReleaseNotices', at: 'recordedAt' },
    ],
    'harbour.justice.proceeding-milestone.recorded.v1': [
      ...firstContact('recordedAt'),
      { opens: 'vrd-6-case-update', at: 'recordedAt', subject: 'milestoneId', when: { field: 'milestone', in: caseUpdateMilestones } },
      { opens: 'vrd-6-release-escape', at: 'recordedAt', subject: 'milestoneId', when: { field: 'milestone', in: releaseOrEscape } },
    ],
    'harbour.justice.hearing.scheduled.v1': [
      { opens: 'vrd-7-interpretation', at: 'recordedAt', dueFrom: 'scheduledFor', subject: 'hearingId', when: { field: 'interpreterNeeded', in: [true] } },
    ],
    'harbour.justice.interpretation.booked.v1': [
      { meets: ['vrd-7-interpretation'], subject: 'hearingId', at: 'bookedAt', evidence: ['hearingId', 'bookingId'] },
    ],
    'harbour.justice.non-punishment.notified.v1': [
      { meets: ['atd-8-non-punishment'], subject: 'flagId', at: 'notifiedAt', evidence: ['flagId'] },
    ],
    // Handed to an SMS or postal provider: delivered only on the provider's receipt, the rule's time still runs.
    'harbour.justice.victim-notification.queued.v1': [
      { marks: 'vrd-6-case-update', mark: 'queued', subject: 'milestoneId', at: 'queuedAt', patch: 'marks-awaited-evidence' },
      { marks: 'vrd-6-release-escape', mark: 'queued', subject: 'milestoneId', at: 'queuedAt', patch: 'marks-awaited-evidence' },
    ],
    'harbour.justice.victim-notification.delivered.v1': [
      {
        meets: ['vrd-6-case-update', 'vrd-6-release-escape'],
        subject: 'milestoneId',
        at: 'deliveredAt',
        evidence: ['milestoneId', 'channel', 'language'],
      },
    ],
    'harbour.protection.assessment.completed.v1': [
      { meets: ['vrd-22-individual-assessment'], at: 'completedAt', evidence: ['assessmentId', 'riskLevel'] },
    ],
    'harbour.protection.reassessment.requested.v1': [
      { opens: 'vrd-22-individual-assessment', at: 'requestedAt', subject: 'requestId', urgentWhen: { field: 'urgent', in: [true] } },
    ],
    'harbour.protection.epo.issued.v1': [{ opens: 'epo-recognition', at: 'issuedAt', subject: 'epoId', calendarCountry: 'executingCountry' }],
    'harbour.protection.epo.recognised.v1': [
      { meets: ['epo-recognition'], subject: 'epoId', at: 'recognisedAt', evidence: ['epoId', 'decision'] },
    ],
    'harbour.protection.order.issued.v1': [...firstContact('startsAt'), { opens: 'protection-order-expiry', at: 'startsAt', dueFrom: 'endsAt', subject: 'orderId' }],
    // The protection service asked those responsible to decide on renewal: from now, an order left undecided is missed.
    'harbour.protection.order.expiring.v1': [{ marks: 'protection-order-expiry', mark: 'renewal-due', subject: 'orderId', at: 'remindedAt' }],
    'harbour.protection.order.expired.v1': [
      { closes: 'protection-order-expiry', as: 'ended', subject: 'orderId', at: 'expiredAt', evidence: ['orderId'], patch: 'orders-end-and-revoke' },
    ],
    'harbour.protection.order.revoked.v1': [
      { closes: 'protection-order-expiry', as: 'revoked', subject: 'orderId', at: 'revokedAt', evidence: ['orderId', 'reason'], patch: 'orders-end-and-revoke' },
    ],
    'harbour.protection.order.renewal-decided.v1': [
      { meets: ['protection-order-expiry'], subject: 'orderId', at: 'decidedAt', evidence: ['orderId', 'renewed'] },
      { opens: 'protection-order-expiry', at: 'decidedAt', dueFrom: 'endsAt', subject: 'orderId', when: { field: 'renewed', in: [true] } },
    ],
    'harbour.support.referral.accepted.v1': [
      { meets: ['atd-11-assistance'], at: 'acceptedAt', evidence: ['referralId', 'organisationId'] },
    ],
    'harbour.support.return.planned.v1': [{ opens: 'cets-16-return', at: 'plannedAt', dueFrom: 'departureDate', subject: 'returnId' }],
    'harbour.support.return-plan.ready.v1': [
      { meets: ['cets-16-return'], subject: 'returnId', at: 'readyAt', evidence: ['returnId', 'crossBorderReferralId'] },
    ],
    'harbour.identification.screening.completed.v1': [...firstContact('completedAt')],
    'harbour.support.self-referral.received.v1': [...firstContact('receivedAt')],
    'harbour.identification.nrm-referral.submitted.v1': [
      ...firstContact('submittedAt'),
      { opens: 'nrm-reasonable-grounds', at: 'submittedAt', subject: 'nrmReferralId' },
      { opens: 'cets-10-no-removal', at: 'submittedAt', subject: 'nrmReferralId', patch: 'cets-10-no-removal' },
    ],
    'harbour.identification.reasonable-grounds.decided.v1': [
      { meets: ['nrm-reasonable-grounds'], subject: 'nrmReferralId', at: 'decidedAt', evidence: ['nrmReferralId', 'decision'] },
      { opens: 'cets-13-recovery-period', at: 'decidedAt', subject: 'nrmReferralId', when: positive, reviewOnDay: 30 },
      { opens: 'atd-11-assistance', at: 'decidedAt', once: true, alreadyMetBy: 'support-accepted', when: positive },
    ],
    'harbour.identification.conclusive-grounds.decided.v1': [
      {
        meets: ['cets-13-recovery-period'],
        subject: 'nrmReferralId',
        at: 'decidedAt',
        evidence: ['nrmReferralId', 'decision', 'requestedByPerson'],
        beforeDueOnlyIf: { field: 'requestedByPerson', breach: "conclusive-grounds decided during the recovery period without the person's request" },
      },
      { meets: ['cets-10-no-removal'], subject: 'nrmReferralId', at: 'decidedAt', evidence: ['nrmReferralId', 'decision'] },
    ],
    'harbour.identification.removal.recorded.v1': [
      {
        breaches: ['cets-10-no-removal', 'cets-13-recovery-period'],
        what: 'the person was removed while identification was under way',
        subject: 'nrmReferralId',
        at: 'removedAt',
        evidence: ['nrmReferralId', 'removedAt'],
        patch: 'removal-breaches',
      },
    ],
    'harbour.identification.recovery-period.extended.v1': [
      { extends: 'cets-13-recovery-period', subject: 'nrmReferralId', until: 'extendedUntil', at: 'extendedAt' },
    ],
    'harbour.identification.non-punishment.flagged.v1': [{ opens: 'atd-8-non-punishment', at: 'flaggedAt', subject: 'flagId' }],
    'harbour.identification.age-uncertain.recorded.v1': [
      { presumesChild: ['vrd-22-individual-assessment'], at: 'recordedAt' },
      { opens: 'cets-10-child-presumption', at: 'recordedAt', followUp: 'a guardian is appointed', once: true },
    ],
    'harbour.identification.guardian.appointed.v1': [
      { meets: ['cets-10-child-presumption'], at: 'appointedAt', evidence: ['guardianAppointmentId'] },
    ],
    // The application window runs from the crime in the journey's country; a complete claim awaits its decision.
    'harbour.compensation.claim.opened.v1': [...firstContact('openedAt'), { opens: 'comp-application-window', at: 'openedAt', dueFrom: 'crimeDate', subject: 'claimId' }],
    'harbour.compensation.claim.submitted.v1': [
      { meets: ['comp-application-window'], subject: 'claimId', at: 'submittedAt', evidence: ['claimId', 'complete'] },
      { opens: 'comp-decision', at: 'submittedAt', subject: 'claimId', when: { field: 'complete', in: [true] } },
    ],
    'harbour.compensation.claim.decided.v1': [{ meets: ['comp-decision'], subject: 'claimId', at: 'decidedAt', evidence: ['claimId', 'outcome'] }],
    // Directive 2004/80/EC: the assisting authority transmits, the deciding authority acknowledges or is chased.
    'harbour.compensation.cross-border-application.received.v1': [
      { opens: 'comp-2004-80-transmit', at: 'receivedAt', subject: 'claimId', calendarCountry: 'assistingCountry' },
    ],
    'harbour.compensation.application.transmitted.v1': [
      { meets: ['comp-2004-80-transmit'], subject: 'claimId', at: 'transmittedAt', evidence: ['claimId'] },
      { opens: 'comp-2004-80-acknowledge', at: 'transmittedAt', subject: 'claimId', calendarCountry: 'decidingCountry' },
    ],
    'harbour.compensation.application.acknowledged.v1': [
      { meets: ['comp-2004-80-acknowledge'], subject: 'claimId', at: 'acknowledgedAt', evidence: ['claimId', 'estimatedDecisionBy'] },
    ],
  },
} as const satisfies { version: number; facts: Record<string, readonly ObligationStep[]> };
