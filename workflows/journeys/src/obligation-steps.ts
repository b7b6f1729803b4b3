import type { JourneyFact } from '@harbour/contracts/journey';
import type { RuleId } from '@harbour/rules';
import { FactCondition, ObligationStep, ObligationTable } from './obligation-table';

/** A step of the obligation table with the fact's values filled in. */
export type FactStep =
  | {
      kind: 'open';
      ruleId: RuleId;
      openedAt: string;
      dueFrom: string;
      subjectKey?: string;
      calendarCountry?: string;
      once: boolean;
      patch?: string;
      followUp?: string;
      alreadyMetBy?: 'support-accepted';
      urgent?: boolean;
      reviewOnDay?: number;
    }
  | { kind: 'meet'; ruleIds: readonly RuleId[]; at: string; subjectKey?: string; evidence: string; beforeDue?: { valid: boolean; breach: string } }
  | { kind: 'choose'; ruleId: RuleId; wants: boolean; at: string }
  | { kind: 'presume-child'; ruleIds: readonly RuleId[]; at: string }
  | { kind: 'extend'; ruleId: RuleId; subjectKey?: string; until: string }
  | { kind: 'mark'; ruleId: RuleId; mark: string; subjectKey?: string; at: string; patch?: string }
  | { kind: 'close'; ruleId: RuleId; as: 'ended' | 'revoked'; subjectKey?: string; at: string; evidence: string; patch?: string }
  | { kind: 'breach'; ruleIds: readonly RuleId[]; what: string; subjectKey?: string; at: string; evidence: string; patch?: string };

const table: Record<string, readonly ObligationStep[] | undefined> = ObligationTable.facts;

/** What a fact does to the journey's obligations, by the obligation table; nothing for other facts. */
export function factSteps(fact: JourneyFact): FactStep[] {
  const value = (field: string) => String(fact.data[field]);
  const optional = (field: string | undefined) => (field === undefined ? undefined : value(field));
  const holds = (condition: FactCondition) => condition.in.includes(fact.data[condition.field] as string | boolean);
  const applies = (when: FactCondition | readonly FactCondition[] | undefined) => ([] as FactCondition[]).concat(when ?? []).every(holds);
  return (table[fact.type] ?? []).flatMap((step): FactStep[] => {
    if ('opens' in step) {
      if (!applies(step.when)) return [];
      return [
        {
          kind: 'open',
          ruleId: step.opens,
          openedAt: value(step.at),
          dueFrom: value(step.dueFrom ?? step.at),
          subjectKey: optional(step.subject),
          ...(step.calendarCountry && typeof fact.data[step.calendarCountry] === 'string' ? { calendarCountry: value(step.calendarCountry) } : {}),
          once: step.once === true,
          patch: step.patch,
          followUp: step.followUp,
          alreadyMetBy: step.alreadyMetBy,
          ...(step.urgentWhen && holds(step.urgentWhen) ? { urgent: true } : {}),
          ...(step.reviewOnDay ? { reviewOnDay: step.reviewOnDay } : {}),
        },
      ];
    }
    const quote = (fields: readonly string[]) => `${factName(fact.type)}: ${fields.map((field) => `${field} ${value(field)}`).join(', ')}`;
    if ('meets' in step) {
      const condition = step.beforeDueOnlyIf;
      return [
        {
          kind: 'meet',
          ruleIds: step.meets,
          at: value(step.at),
          subjectKey: optional(step.subject),
          evidence: quote(step.evidence),
          beforeDue: condition && { valid: fact.data[condition.field] === true, breach: condition.breach },
        },
      ];
    }
    if ('marks' in step) return [{ kind: 'mark', ruleId: step.marks, mark: step.mark, subjectKey: optional(step.subject), at: value(step.at), ...(step.patch ? { patch: step.patch } : {}) }];
    if ('closes' in step) {
      return [{ kind: 'close', ruleId: step.closes, as: step.as, subjectKey: optional(step.subject), at: value(step.at), evidence: quote(step.evidence), patch: step.patch }];
    }
    if ('breaches' in step) {
      return [{ kind: 'breach', ruleIds: step.breaches, what: step.what, subjectKey: optional(step.subject), at: value(step.at), evidence: quote(step.evidence), patch: step.patch }];
    }
    if ('extends' in step) return [{ kind: 'extend', ruleId: step.extends, subjectKey: optional(step.subject), until: value(step.until) }];
    if ('presumesChild' in step) return [{ kind: 'presume-child', ruleIds: step.presumesChild, at: value(step.at) }];
    return [{ kind: 'choose', ruleId: step.choice, wants: fact.data[step.wants] === true, at: value(step.at) }];
  });
}

/** `harbour.justice.victim-information.provided.v1` → `victim-information provided` */
export function factName(type: string): string {
  const [, , subject, verb] = type.split('.');
  return `${subject} ${verb}`;
}
