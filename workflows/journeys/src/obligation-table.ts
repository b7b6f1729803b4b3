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
  when?: FactCondition;
  /** Owed once per journey, from the first fact that triggers it. */
  once?: true;
  /** Guards a step added after journeys began: running journeys take it from their next fact on. */
  patch?: string;
  /** The fact itself fulfils the rule's first step; the clock runs to this follow-up of the rule (its `what`). */
  followUp?: string;
  /** The journey may already hold the evidence: once support has accepted the victim, the obligation is met as it opens. */
  alreadyMetBy?: 'support-accepted';
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

export type ObligationStep = OpensObligation | MeetsObligation | RecordsChoice | PresumesChild;

const caseUpdateMilestones = ['case-opened', 'decision-not-to-prosecute', 'charges-brought', 'trial-scheduled', 'final-judgement'];
const releaseOrEscape = ['offender-released', 'offender-escaped'];
const positive = { field: 'decision', in: ['positive'] };

/**
 * Which obligations each fact opens, meets or lets the victim decline, in the order the journey
 * applies them. Versioned: a change that alters what running journeys do carries a `patch`.
 */
export const ObligationTable = {
  version: 1,
  facts: {
    'harbour.reporting.report.received.v1': [
      { opens: 'vrd-4-information', at: 'receivedAt', once: true },
      { opens: 'vrd-5-acknowledgement', at: 'receivedAt', subject: 'reportId', when: { field: 'formalComplaint', in: [true] } },
      { opens: 'vrd-22-individual-assessment', at: 'receivedAt', once: true, patch: 'vrd-22-from-first-contact' },
    ],
    'harbour.justice.victim-information.provided.v1': [
      { meets: ['vrd-4-information'], at: 'providedAt', evidence: ['informationId', 'channel', 'language'] },
    ],
    'harbour.reporting.complaint.acknowledged.v1': [
      { meets: ['vrd-5-acknowledgement'], subject: 'reportId', at: 'acknowledgedAt', evidence: ['reportId', 'language'] },
    ],
    'harbour.justice.notification-preferences.recorded.v1': [
      { choice: 'vrd-6-case-update', wants: 'wantsCaseUpdates', at: 'recordedAt' },
      { choice: 'vrd-6-release-escape', wants: 'wantsReleaseNotices', at: 'recordedAt' },
    ],
    'harbour.justice.proceeding-milestone.recorded.v1': [
      { opens: 'vrd-6-case-update', at: 'recordedAt', subject: 'milestoneId', when: { field: 'milestone', in: caseUpdateMilestones } },
      { opens: 'vrd-6-release-escape', at: 'recordedAt', subject: 'milestoneId', when: { field: 'milestone', in: releaseOrEscape } },
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
    'harbour.protection.order.issued.v1': [{ opens: 'protection-order-expiry', at: 'startsAt', dueFrom: 'endsAt', subject: 'orderId' }],
    'harbour.protection.order.renewal-decided.v1': [
      { meets: ['protection-order-expiry'], subject: 'orderId', at: 'decidedAt', evidence: ['orderId', 'renewed'] },
      { opens: 'protection-order-expiry', at: 'decidedAt', dueFrom: 'endsAt', subject: 'orderId', when: { field: 'renewed', in: [true] } },
    ],
    'harbour.support.referral.accepted.v1': [
      { meets: ['atd-11-assistance'], at: 'acceptedAt', evidence: ['referralId', 'organisationId'] },
    ],
    'harbour.identification.nrm-referral.submitted.v1': [
      { opens: 'nrm-reasonable-grounds', at: 'submittedAt', subject: 'nrmReferralId' },
    ],
    'harbour.identification.reasonable-grounds.decided.v1': [
      { meets: ['nrm-reasonable-grounds'], subject: 'nrmReferralId', at: 'decidedAt', evidence: ['nrmReferralId', 'decision'] },
      { opens: 'cets-13-recovery-period', at: 'decidedAt', subject: 'nrmReferralId', when: positive },
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
    ],
    'harbour.identification.age-uncertain.recorded.v1': [
      { presumesChild: ['vrd-22-individual-assessment'], at: 'recordedAt' },
      { opens: 'cets-10-child-presumption', at: 'recordedAt', followUp: 'a guardian is appointed', once: true },
    ],
    'harbour.identification.guardian.appointed.v1': [
      { meets: ['cets-10-child-presumption'], at: 'appointedAt', evidence: ['guardianAppointmentId'] },
    ],
  },
} as const satisfies { version: number; facts: Record<string, readonly ObligationStep[]> };
