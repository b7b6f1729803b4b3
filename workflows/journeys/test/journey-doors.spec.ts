import { findEventDefinition } from '@harbour/contracts';
import { contextOf, JourneyDoorTypes, opensJourney } from '../src/journey-doors';

const example = (type: string) => ({ type, data: { ...(findEventDefinition(type)?.example as Record<string, unknown>) } });

describe('journey doors', () => {
  it('are registered facts', () => {
    for (const type of JourneyDoorTypes) expect(findEventDefinition(type)).toBeDefined();
  });

  it('open a journey; a decision, an answer or a milestone that names no organisation does not', () => {
    expect(opensJourney(example('harbour.identification.screening.completed.v1'))).toBe(true);
    expect(opensJourney(example('harbour.support.self-referral.received.v1'))).toBe(true);
    expect(opensJourney(example('harbour.identification.reasonable-grounds.decided.v1'))).toBe(false);
    expect(opensJourney(example('harbour.support.referral.accepted.v1'))).toBe(false);
    const milestone = example('harbour.justice.proceeding-milestone.recorded.v1');
    expect(opensJourney(milestone)).toBe(false);
    expect(opensJourney({ ...milestone, data: { ...milestone.data, actingOrganisationId: 'be-prosecution-brussels' } })).toBe(true);
  });

  it('tell the journey what they know: a report its country, language and specialism, a helpline its organisation; an anonymous report nothing', () => {
    expect(contextOf(example('harbour.reporting.report.received.v1'))).toEqual({ country: 'BE', language: 'ro', specialism: 'labour-exploitation' });
    expect(contextOf(example('harbour.support.self-referral.received.v1'))).toEqual({ country: 'BE', language: 'fr', actingOrganisationId: 'be-116006-helpline' });
    expect(contextOf(example('harbour.identification.screening.completed.v1'))).toEqual({});
    expect(contextOf(example('harbour.reporting.anonymous-report.received.v1'))).toBeUndefined();
    expect(contextOf(example('harbour.identification.reasonable-grounds.decided.v1'))).toBeUndefined();
  });
});
