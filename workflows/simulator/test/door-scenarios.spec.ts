import { readFileSync } from 'node:fs';
import path from 'node:path';
import { datedLines, DatedLine } from '../src/render-timeline';
import { runScenario, SimulationResult } from '../src/run-scenario';
import { parseScenario } from '../src/scenario';

type ObligationLine = Extract<DatedLine, { kind: 'obligation' }>;

const scenarios: [string, string, string[]][] = [
  ['identification-labour-inspector-be.json', 'a screening and NRM referral', ['vrd-4-information', 'vrd-22-individual-assessment', 'nrm-reasonable-grounds', 'cets-10-no-removal']],
  ['helpline-self-referral-nl.json', 'a helpline call', ['vrd-4-information', 'vrd-22-individual-assessment']],
  ['protection-first-be.json', 'a barring order', ['vrd-4-information', 'vrd-22-individual-assessment', 'protection-order-expiry']],
  ['justice-first-be.json', 'a milestone naming the prosecution', ['vrd-4-information', 'vrd-22-individual-assessment', 'vrd-6-case-update']],
];

async function run(file: string): Promise<{ result: SimulationResult; lines: DatedLine[] }> {
  const input = JSON.parse(readFileSync(path.resolve(__dirname, '../scenarios', file), 'utf8'));
  const result = await runScenario(parseScenario(input, { notBefore: Date.now() + 60_000 }));
  return { result, lines: datedLines(result) };
}

const obligations = (lines: DatedLine[], event: ObligationLine['event']) =>
  lines.filter((line): line is ObligationLine => line.kind === 'obligation' && line.event === event);

// Scenarios that begin at each door other than a report: the same clocks open on day 0 and support takes the person on.
describe('scenarios from every door', () => {
  it.each(scenarios)('%s: %s opens its clocks and the hand-off on day 0, and support accepts', async (file, _door, opened) => {
    const { result, lines } = await run(file);
    const openedOnDayZero = obligations(lines, 'opened').filter((line) => line.day === 0).map((line) => line.ruleId);
    expect(openedOnDayZero).toEqual(expect.arrayContaining(opened));
    expect(lines.find((line) => line.kind === 'referral' && line.event === 'offered')).toMatchObject({ day: 0, attempt: 1 });
    expect(result.finalStage).toBe('supported');
  });

  it('the labour inspector\'s journey: assistance met as it opens, and a recovery period met at its end with the decision after it lawful', async () => {
    const { lines } = await run('identification-labour-inspector-be.json');
    expect(obligations(lines, 'met').filter((line) => line.ruleId === 'atd-11-assistance')).toEqual([expect.objectContaining({ day: 3 })]);
    // Day 3 + 45 days is a Sunday: the period ends with the next working day (Regulation 1182/71 Art 3(4)).
    expect(obligations(lines, 'met').filter((line) => line.ruleId === 'cets-13-recovery-period')).toEqual([expect.objectContaining({ day: 49, local: 'Mon 2027-04-19 23:59' })]);
    expect(obligations(lines, 'missed').map((line) => line.ruleId)).not.toContain('cets-13-recovery-period');
    // The day-30 review falls on a Saturday: it moves to the Monday, like the period's end.
    expect(obligations(lines, 'reminded').filter((line) => line.ruleId === 'cets-13-recovery-period')).toEqual([expect.objectContaining({ day: 35, local: 'Mon 2027-04-05 23:59' })]);
  });

  it('the barring order ends on its end date, and nothing is missed for it', async () => {
    const { lines } = await run('protection-first-be.json');
    expect(obligations(lines, 'ended').map((line) => line.ruleId)).toEqual(['protection-order-expiry']);
    expect(obligations(lines, 'missed').map((line) => line.ruleId)).not.toContain('protection-order-expiry');
  });
});
