import { randomUUID } from 'node:crypto';
import { buildEvent, CloudEvent, EventDefinition } from '@harbour/contracts';

/** A justice fact about one journey, stamped with the time it was recorded. */
export function justiceFact<T extends object>(definition: EventDefinition<T>, journeyId: string, at: Date, data: T): CloudEvent<T> {
  return buildEvent(definition, { id: randomUUID(), journeyId, time: at.toISOString(), data });
}
