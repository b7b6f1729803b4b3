import { randomUUID } from 'node:crypto';
import { buildEvent, CloudEvent, EventDefinition } from '@harbour/contracts';

/** A fact about a journey, with the journey as its subject so that it reaches that journey. */
export function journeyFact<T extends object>(definition: EventDefinition<T>, journeyId: string, at: Date, data: T): CloudEvent<T> {
  return buildEvent(definition, { id: randomUUID(), journeyId, time: at.toISOString(), data });
}
