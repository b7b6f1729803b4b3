import { CloudEvent, fromKafkaRecord, KafkaRecord, MalformedEnvelopeError, Validated, validateEvent } from '@harbour/contracts';

/** Decodes and validates a record; a refusal carries the precise reason for the dead-letter topic. */
export function readEvent(record: KafkaRecord): Validated<CloudEvent<object>> {
  let envelope: CloudEvent<unknown>;
  try {
    envelope = fromKafkaRecord(record);
  } catch (error) {
    if (error instanceof MalformedEnvelopeError) return { ok: false, reason: `malformed envelope: ${error.message}` };
    throw error;
  }
  const validated = validateEvent(envelope);
  return validated.ok ? validated : { ok: false, reason: `invalid event: ${validated.reason}` };
}
