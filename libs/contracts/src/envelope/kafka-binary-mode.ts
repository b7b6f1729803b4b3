import { CloudEvent } from './cloud-event';

/** A Kafka record as kafkajs produces and consumes it, reduced to what the binding needs. */
export interface KafkaRecord {
  key: Buffer | string | null;
  value: Buffer | string | null;
  headers?: Record<string, Buffer | string | (Buffer | string)[] | undefined>;
}

const HEADER_PREFIX = 'ce_';
const ATTRIBUTES = ['id', 'source', 'type', 'specversion', 'time', 'subject', 'dataschema'] as const;

/**
 * CloudEvents Kafka protocol binding, binary content mode: attributes travel as `ce_*`
 * headers, the data as the value, and the journey id as the key so one victim's facts keep
 * their order within a partition.
 */
export function toKafkaRecord(event: CloudEvent): KafkaRecord & { key: string; value: string } {
  const headers: Record<string, string> = { 'content-type': event.datacontenttype };
  for (const name of ATTRIBUTES) headers[HEADER_PREFIX + name] = String(event[name]);
  if (event.traceparent) headers.traceparent = event.traceparent;
  return { key: event.subject, value: JSON.stringify(event.data), headers };
}

export class MalformedEnvelopeError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'MalformedEnvelopeError';
  }
}

function header(record: KafkaRecord, name: string): string | undefined {
  const raw = record.headers?.[name];
  const first = Array.isArray(raw) ? raw[0] : raw;
  return first === undefined ? undefined : first.toString();
}

/** Reads a binary-mode record back into an envelope; throws with a precise reason when it cannot. */
export function fromKafkaRecord(record: KafkaRecord): CloudEvent<unknown> {
  const attributes: Record<string, string> = {};
  const missing: string[] = [];
  for (const name of ATTRIBUTES) {
    const value = header(record, HEADER_PREFIX + name);
    if (value === undefined || value === '') missing.push(HEADER_PREFIX + name);
    else attributes[name] = value;
  }
  if (missing.length > 0) throw new MalformedEnvelopeError(`missing CloudEvents headers: ${missing.join(', ')}`);
  if (attributes.specversion !== '1.0') {
    throw new MalformedEnvelopeError(`unsupported specversion '${attributes.specversion}', expected '1.0'`);
  }
  const contentType = header(record, 'content-type');
  if (contentType !== 'application/json') {
    throw new MalformedEnvelopeError(`unsupported content-type '${contentType ?? ''}', expected 'application/json'`);
  }
  const key = record.key?.toString();
  if (key !== attributes.subject) {
    throw new MalformedEnvelopeError(`record key '${key ?? ''}' differs from ce_subject '${attributes.subject}'`);
  }
  if (Number.isNaN(Date.parse(attributes.time))) throw new MalformedEnvelopeError(`ce_time '${attributes.time}' is not a timestamp`);
  let data: unknown;
  try {
    data = JSON.parse(record.value?.toString() ?? '');
  } catch {
    throw new MalformedEnvelopeError('value is not valid JSON');
  }
  return {
    id: attributes.id,
    source: attributes.source,
    type: attributes.type,
    specversion: '1.0',
    time: attributes.time,
    subject: attributes.subject,
    datacontenttype: 'application/json',
    dataschema: attributes.dataschema,
    data,
    traceparent: header(record, 'traceparent'),
  };
}
