import { CloudEvent } from '../envelope/cloud-event';
import { Topic } from '../topics/topics';

/**
 * One versioned fact type: its CloudEvents type, the topic it travels on, the class that
 * validates its data, and an example used by docs and tests. Producers and consumers import
 * the same definition.
 */
export interface EventDefinition<T extends object = object> {
  type: string;
  topic: Topic;
  source: string;
  dataschema: string;
  payload: new () => T;
  example: T;
}

export function defineEvent<T extends object>(definition: {
  type: string;
  topic: Topic;
  source: string;
  payload: new () => T;
  example: T;
}): EventDefinition<T> {
  return { ...definition, dataschema: `urn:harbour:schema:${definition.type}` };
}

/** Everything a producer supplies; the envelope's fixed attributes come from the definition. */
export interface EventDraft<T> {
  id: string;
  journeyId: string;
  time: string;
  data: T;
  traceparent?: string;
}

export function buildEvent<T extends object>(definition: EventDefinition<T>, draft: EventDraft<T>): CloudEvent<T> {
  return {
    id: draft.id,
    source: definition.source,
    type: definition.type,
    specversion: '1.0',
    time: draft.time,
    subject: draft.journeyId,
    datacontenttype: 'application/json',
    dataschema: definition.dataschema,
    data: draft.data,
    ...(draft.traceparent ? { traceparent: draft.traceparent } : {}),
  };
}
