import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';
import { CloudEvent } from '../envelope/cloud-event';
import { EventDefinition } from './event-definition';
import { findEventDefinition } from './registry';

export type Validated<T> = { ok: true; value: T } | { ok: false; reason: string };

function describe(errors: ValidationError[], prefix = ''): string[] {
  return errors.flatMap((error) => {
    const path = prefix + error.property;
    const own = Object.values(error.constraints ?? {}).map((message) =>
      message.startsWith(error.property) ? `${prefix}${message}` : `${path}: ${message}`,
    );
    return [...own, ...describe(error.children ?? [], `${path}.`)];
  });
}

/** Validates a fact's data against its payload class: unknown fields are refused, not ignored. */
export function validateEventData<T extends object>(definition: EventDefinition<T>, data: unknown): Validated<T> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, reason: `${definition.type}: data must be a JSON object` };
  }
  const instance = plainToInstance(definition.payload, data);
  const errors = validateSync(instance, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length > 0) return { ok: false, reason: `${definition.type}: ${describe(errors).join('; ')}` };
  return { ok: true, value: instance };
}

/** Checks an incoming envelope: known type, matching schema, UUID subject, valid data. */
export function validateEvent(event: CloudEvent<unknown>): Validated<CloudEvent<object>> {
  const definition = findEventDefinition(event.type);
  if (!definition) return { ok: false, reason: `unknown event type '${event.type}'` };
  if (event.dataschema !== definition.dataschema) {
    return { ok: false, reason: `dataschema '${event.dataschema}' does not match '${definition.dataschema}'` };
  }
  if (!UUID.test(event.subject)) return { ok: false, reason: `subject '${event.subject}' is not a journey id (UUID)` };
  const data = validateEventData(definition, event.data);
  if (!data.ok) return data;
  return { ok: true, value: { ...event, data: data.value } };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
