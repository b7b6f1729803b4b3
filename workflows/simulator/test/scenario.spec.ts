import { ReportReceivedEvent } from '@harbour/contracts';
import { parseScenario, ScenarioError } from '../src/scenario';

const report = { channel: 'police', country: 'BE', crimeType: 'trafficking-labour-exploitation', language: 'ro', formalComplaint: true };

function scenario(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'A police report in Antwerp',
    country: 'BE',
    startsAt: '2027-03-01T08:00:00+01:00',
    facts: [{ day: 0, at: '09:30', type: ReportReceivedEvent.type, data: report }],
    support: { answers: [{ day: 1, organisation: 'be-harbourline-antwerp', answer: 'accept' }] },
    untilDay: 2,
    ...overrides,
  };
}

function problemsOf(input: unknown): string[] {
  try {
    parseScenario(input);
  } catch (error) {
    if (error instanceof ScenarioError) return error.problems;
    throw error;
  }
  throw new Error('the scenario was accepted');
}

describe(parseScenario.name, () => {
  it('reads a scenario, placing each fact at its local time in the country', () => {
    const parsed = parseScenario(scenario());
    expect(parsed.timeZone).toBe('Europe/Brussels');
    expect(new Date(parsed.facts[0].instant).toISOString()).toBe('2027-03-01T08:30:00.000Z');
    expect(parsed.facts[0].data.receivedAt).toBe('2027-03-01T08:30:00.000Z');
    expect(parsed.organisations).toEqual(['be-harbourline-antwerp']);
  });

  it('generates the same journey, event and report ids on every run', () => {
    const [first, second] = [parseScenario(scenario()), parseScenario(scenario())];
    expect(second.journeyId).toBe(first.journeyId);
    expect(second.facts[0].eventId).toBe(first.facts[0].eventId);
    expect(second.facts[0].data.reportId).toBe(first.facts[0].data.reportId);
  });

  it('lets an acknowledgement refer to the report before it, while a second report is a new report', () => {
    const acknowledged = { day: 1, type: 'harbour.reporting.complaint.acknowledged.v1', data: { language: 'ro' } };
    const secondReport = { day: 1, type: ReportReceivedEvent.type, data: report };
    const { facts } = parseScenario(scenario({ facts: [...(scenario().facts as object[]), acknowledged, secondReport] }));
    expect(facts[1].data.reportId).toBe(facts[0].data.reportId);
    expect(facts[2].data.reportId).not.toBe(facts[0].data.reportId);
  });

  it('refuses a fact type the contracts do not register, naming the fact', () => {
    expect(problemsOf(scenario({ facts: [{ day: 0, type: 'harbour.reporting.rumour.heard.v1', data: {} }] }))).toEqual([
      "facts[0].type: 'harbour.reporting.rumour.heard.v1' is not an event type in the contracts registry",
    ]);
  });

  it("refuses fact data the contracts refuse, with the contract's own reason", () => {
    const { crimeType: _omitted, ...withoutCrimeType } = report;
    const [problem] = problemsOf(scenario({ facts: [{ day: 0, type: ReportReceivedEvent.type, data: { ...withoutCrimeType, victimName: 'x' } }] }));
    expect(problem).toMatch(/^facts\[0\]\.data: harbour\.reporting\.report\.received\.v1: /);
    expect(problem).toContain('crimeType');
    expect(problem).toContain('victimName');
  });

  it('names every problem at once, each with its path', () => {
    const problems = problemsOf(
      scenario({
        country: 'XX',
        startsAt: '1 March 2027',
        colour: 'blue',
        facts: [{ day: -1, at: '9:30', type: ReportReceivedEvent.type, data: report }],
        support: { answers: [{ day: 1, organisation: 'Harbour Line', answer: 'maybe', reason: 'busy' }] },
      }),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^colour: unknown field/),
        expect.stringMatching(/^country: must be a country Harbour serves/),
        expect.stringMatching(/^startsAt: must be an ISO 8601 time/),
        expect.stringMatching(/^facts\[0\]\.day: must be a whole number of days/),
        expect.stringMatching(/^facts\[0\]\.at: must be a local time "HH:MM"/),
        expect.stringMatching(/^support\.answers\[0\]\.organisation: must be an organisation id/),
        expect.stringMatching(/^support\.answers\[0\]\.answer: must be "accept" or "decline"/),
        expect.stringMatching(/^support\.answers\[0\]\.reason: must be one of no-capacity/),
      ]),
    );
  });

  it('refuses a fact after the last simulated day', () => {
    expect(problemsOf(scenario({ untilDay: 0 }))).toEqual(['support.answers[0].day: 1 is after untilDay 0']);
  });

  it('refuses what is not a scenario at all', () => {
    expect(problemsOf([])).toEqual(['scenario: must be a JSON object']);
  });
});

describe('a scenario dated in the past', () => {
  it('is played whole 52-week periods later, on the same weekday and local time', () => {
    const input = { ...scenario(), startsAt: '2020-03-02T08:00:00+01:00' };
    const notBefore = Date.parse('2026-11-30T00:00:00Z');
    const { startsAt } = parseScenario(input, { notBefore });
    expect(startsAt).toBeGreaterThanOrEqual(notBefore);
    expect(startsAt - notBefore).toBeLessThan(364 * 24 * 3600_000);
    expect((startsAt - Date.parse(input.startsAt)) % (364 * 24 * 3600_000)).toBe(0);
    expect(new Date(startsAt).getUTCDay()).toBe(new Date(input.startsAt).getUTCDay());
  });
});
