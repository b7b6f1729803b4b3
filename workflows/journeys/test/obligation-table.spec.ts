import { findEventDefinition } from '@harbour/contracts';
import { euBaseline } from '@harbour/rules';
import { factSteps } from '../src/obligation-steps';
import { FactCondition, ObligationStep, ObligationTable } from '../src/obligation-table';

const entries = Object.entries(ObligationTable.facts) as [string, readonly ObligationStep[]][];

function describeStep(step: ObligationStep): string {
  const subject = 'subject' in step && step.subject ? ` per ${step.subject}` : '';
  const conditions = 'when' in step && step.when ? ([] as FactCondition[]).concat(step.when) : [];
  const when = conditions.map((condition) => ` when ${condition.field} in [${condition.in.join(', ')}]`).join(' and');
  const urgent = 'urgentWhen' in step && step.urgentWhen ? `, urgent (shorter period) when ${step.urgentWhen.field} in [${step.urgentWhen.in.join(', ')}]` : '';
  if ('opens' in step) {
    const due = step.dueFrom ? `, due from ${step.dueFrom}` : '';
    const followUp = step.followUp ? `, due by the follow-up "${step.followUp}"` : '';
    const alreadyMet = step.alreadyMetBy ? `, met at once if ${step.alreadyMetBy}` : '';
    return `opens ${step.opens}${subject} at ${step.at}${due}${followUp}${when}${urgent}${step.once ? ', once' : ''}${alreadyMet}${step.patch ? ` (patch ${step.patch})` : ''}`;
  }
  if ('meets' in step) {
    const condition = step.beforeDueOnlyIf ? `; before due only if ${step.beforeDueOnlyIf.field}, else breach: ${step.beforeDueOnlyIf.breach}` : '';
    return `meets ${step.meets.join(' or ')}${subject} at ${step.at}, evidence ${step.evidence.join(', ')}${condition}`;
  }
  if ('presumesChild' in step) return `presumes a child at ${step.at}: children figure for ${step.presumesChild.join(', ')}`;
  if ('marks' in step) return `marks ${step.marks}${subject} ${step.mark} at ${step.at}${step.patch ? ` (patch ${step.patch})` : ''}`;
  if ('closes' in step) return `closes ${step.closes}${subject} as ${step.as} at ${step.at}, evidence ${step.evidence.join(', ')}${step.patch ? ` (patch ${step.patch})` : ''}`;
  if ('extends' in step) return `extends ${step.extends}${subject} to ${step.until} at ${step.at}`;
  if ('breaches' in step) return `breaches ${step.breaches.join(' and ')}${subject} at ${step.at}: ${step.what}, evidence ${step.evidence.join(', ')}${step.patch ? ` (patch ${step.patch})` : ''}`;
  return `lets the victim decline ${step.choice} by ${step.wants} at ${step.at}`;
}

describe('obligation table', () => {
  it(`version ${ObligationTable.version}: which fact opens, meets or lets the victim decline which obligation`, () => {
    expect(Object.fromEntries(entries.map(([type, steps]) => [type, steps.map(describeStep)]))).toMatchSnapshot();
  });

  it.each(entries)('%s is a registered fact whose fields the table names', (type, steps) => {
    const definition = findEventDefinition(type);
    expect(definition).toBeDefined();
    const fields = Object.keys(definition?.example ?? {});
    for (const step of steps) {
      const conditions = 'when' in step && step.when ? ([] as FactCondition[]).concat(step.when) : [];
      const named = [step.at, ...conditions.map((condition) => condition.field), 'urgentWhen' in step ? step.urgentWhen?.field : undefined, 'subject' in step ? step.subject : undefined, 'opens' in step ? step.dueFrom : undefined, 'meets' in step ? step.evidence : [], 'meets' in step ? step.beforeDueOnlyIf?.field : undefined, 'choice' in step ? step.wants : undefined, 'extends' in step ? step.until : undefined, 'closes' in step ? step.evidence : [], 'breaches' in step ? step.evidence : []];
      for (const field of named.flat().filter((name): name is string => name !== undefined)) expect(fields).toContain(field);
    }
  });

  it('names only rules of the rule pack', () => {
    const ruleIds = new Set(euBaseline.rules.map((rule) => rule.id));
    const named = entries.flatMap(([, steps]) =>
      steps.flatMap((step) => ('opens' in step ? [step.opens] : 'meets' in step ? step.meets : 'presumesChild' in step ? step.presumesChild : 'extends' in step ? [step.extends] : 'marks' in step ? [step.marks] : 'closes' in step ? [step.closes] : 'breaches' in step ? step.breaches : [step.choice])),
    );
    expect(named.filter((ruleId) => !ruleIds.has(ruleId))).toEqual([]);
  });

  it("runs a clock to a follow-up only where the rule has that follow-up", () => {
    const followUps = entries.flatMap(([, steps]) => steps.flatMap((step) => ('opens' in step && step.followUp ? [[step.opens, step.followUp]] : [])));
    for (const [ruleId, what] of followUps) {
      expect(euBaseline.rules.find((rule) => rule.id === ruleId)?.followUps?.map((followUp) => followUp.what)).toContain(what);
    }
  });
});

describe(factSteps.name, () => {
  const fact = (type: string, data: Record<string, unknown>) => ({ eventId: 'e1', type, time: '2026-03-02T09:30:00.000Z', data });
  const example = (type: string) => ({ ...findEventDefinition(type)?.example });

  it('opens the acknowledgement of a formal complaint for its report, and none without one', () => {
    const report = example('harbour.reporting.report.received.v1') as Record<string, unknown>;
    const steps = factSteps(fact('harbour.reporting.report.received.v1', report));
    expect(steps.map((step) => step.kind === 'open' && [step.ruleId, step.subjectKey])).toEqual([
      ['vrd-4-information', undefined],
      ['vrd-5-acknowledgement', report.reportId],
      ['vrd-22-individual-assessment', undefined],
    ]);
    const noComplaint = factSteps(fact('harbour.reporting.report.received.v1', { ...report, formalComplaint: false }));
    expect(noComplaint.map((step) => step.kind === 'open' && step.ruleId)).not.toContain('vrd-5-acknowledgement');
  });

  it('opens the release-or-escape obligation, not a case update, when the offender is released', () => {
    const steps = factSteps(fact('harbour.justice.proceeding-milestone.recorded.v1', { ...example('harbour.justice.proceeding-milestone.recorded.v1'), milestone: 'offender-released' }));
    expect(steps.filter((step) => step.kind === 'open' && !step.once)).toEqual([expect.objectContaining({ kind: 'open', ruleId: 'vrd-6-release-escape' })]);
  });

  it('counts a protection order back from its end and quotes codes, never free text, as evidence', () => {
    const order = example('harbour.protection.order.issued.v1') as Record<string, unknown>;
    const firstContact = (ruleId: string) => ({ kind: 'open', ruleId, openedAt: order.startsAt, dueFrom: order.startsAt, once: true, patch: 'first-contact-from-any-door' });
    expect(factSteps(fact('harbour.protection.order.issued.v1', order))).toEqual([
      expect.objectContaining(firstContact('vrd-4-information')),
      expect.objectContaining(firstContact('vrd-22-individual-assessment')),
      { kind: 'open', ruleId: 'protection-order-expiry', openedAt: order.startsAt, dueFrom: order.endsAt, subjectKey: order.orderId, once: false, patch: undefined },
    ]);
    const information = example('harbour.justice.victim-information.provided.v1') as Record<string, unknown>;
    expect(factSteps(fact('harbour.justice.victim-information.provided.v1', information))).toEqual([
      {
        kind: 'meet',
        ruleIds: ['vrd-4-information'],
        at: information.providedAt,
        subjectKey: undefined,
        evidence: `victim-information provided: informationId ${information.informationId}, channel in-person, language ro`,
      },
    ]);
  });

  it('does nothing to obligations for a fact the table does not name', () => {
    expect(factSteps(fact('harbour.support.referral.offered.v1', {}))).toEqual([]);
  });
});
