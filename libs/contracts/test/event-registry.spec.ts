import { buildEvent, EventRegistry, findEventDefinition, validateEvent, validateEventData } from '../src';

const journeyId = '5d9f0c1e-2b3a-4c5d-8e6f-7a8b9c0d1e2f';

describe('event registry', () => {
  it.each(EventRegistry.map((d) => [d.type, d] as const))('%s: its example is valid', (_type, definition) => {
    expect(validateEventData(definition, definition.example)).toEqual({ ok: true, value: expect.anything() });
  });

  it('names every type as a past-tense fact with its major version, on a versioned topic', () => {
    for (const definition of EventRegistry) {
      expect(definition.type).toMatch(/^harbour\.[a-z]+\.[a-z-]+\.[a-z-]+\.v[0-9]+$/);
      expect(definition.topic).toMatch(/^harbour\.[a-z]+\.v[0-9]+$/);
      expect(findEventDefinition(definition.type)).toBe(definition);
    }
  });

  it('carries no personal data: no payload field looks like a name, contact, birth date, address or residency', () => {
    const personal = /name|mail|phone|birth|address|residen|passport|nationality|free.?text|note|comment|description/i;
    for (const definition of EventRegistry) {
      expect(Object.keys(definition.example).filter((field) => personal.test(field))).toEqual([]);
    }
  });
});

describe(validateEvent.name, () => {
  const definition = EventRegistry[0];
  const valid = buildEvent(definition, { id: 'e1', journeyId, time: '2026-03-02T09:30:00.000Z', data: definition.example });

  it('accepts a well-formed event', () => {
    expect(validateEvent(valid).ok).toBe(true);
  });

  it('refuses an unknown type', () => {
    expect(validateEvent({ ...valid, type: 'harbour.nowhere.thing.happened.v1' })).toEqual({
      ok: false,
      reason: "unknown event type 'harbour.nowhere.thing.happened.v1'",
    });
  });

  it('refuses a subject that is not a pseudonymous journey id', () => {
    expect(validateEvent({ ...valid, subject: 'Maria Popescu' })).toMatchObject({ ok: false, reason: expect.stringContaining('is not a journey id') });
  });

  it('refuses an unknown field in the data, naming it', () => {
    const result = validateEvent({ ...valid, data: { ...definition.example, victimName: 'x' } });
    expect(result).toEqual({ ok: false, reason: expect.stringContaining('property victimName should not exist') });
  });

  it('refuses a field of the wrong type, naming it', () => {
    const result = validateEvent({ ...valid, data: { ...definition.example, formalComplaint: 'yes' } });
    expect(result).toEqual({ ok: false, reason: expect.stringContaining('formalComplaint must be a boolean value') });
  });
});
