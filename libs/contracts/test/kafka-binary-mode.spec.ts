import { buildEvent, fromKafkaRecord, MalformedEnvelopeError, ReportReceivedEvent, toKafkaRecord } from '../src';

const journeyId = '5d9f0c1e-2b3a-4c5d-8e6f-7a8b9c0d1e2f';
const event = buildEvent(ReportReceivedEvent, {
  id: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
  journeyId,
  time: '2026-03-02T09:30:00.000Z',
  data: ReportReceivedEvent.example,
  traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
});

describe('CloudEvents Kafka binary mode', () => {
  it('puts attributes in ce_ headers, the journey id in the key and only the data in the value', () => {
    const record = toKafkaRecord(event);
    expect(record.key).toBe(journeyId);
    expect(record.headers).toMatchObject({
      ce_id: event.id,
      ce_type: 'harbour.reporting.report.received.v1',
      ce_specversion: '1.0',
      ce_subject: journeyId,
      ce_dataschema: 'urn:harbour:schema:harbour.reporting.report.received.v1',
      'content-type': 'application/json',
      traceparent: event.traceparent,
    });
    expect(JSON.parse(record.value)).toEqual(ReportReceivedEvent.example);
  });

  it('reads back exactly the event it wrote, from Buffers as kafkajs delivers them', () => {
    const record = toKafkaRecord(event);
    const asDelivered = {
      key: Buffer.from(record.key),
      value: Buffer.from(record.value),
      headers: Object.fromEntries(Object.entries(record.headers ?? {}).map(([k, v]) => [k, Buffer.from(String(v))])),
    };
    expect(fromKafkaRecord(asDelivered)).toEqual(event);
  });

  it.each([
    ['a missing ce_type header', (r: ReturnType<typeof toKafkaRecord>) => delete r.headers!.ce_type, 'missing CloudEvents headers: ce_type'],
    ['another specversion', (r: ReturnType<typeof toKafkaRecord>) => (r.headers!.ce_specversion = '0.3'), "unsupported specversion '0.3'"],
    ['a value that is not JSON', (r: ReturnType<typeof toKafkaRecord>) => (r.value = '{oops'), 'value is not valid JSON'],
    ['a key that differs from the subject', (r: ReturnType<typeof toKafkaRecord>) => (r.key = 'someone-else'), "record key 'someone-else' differs"],
    ['a time that is no timestamp', (r: ReturnType<typeof toKafkaRecord>) => (r.headers!.ce_time = 'yesterday'), "ce_time 'yesterday'"],
  ])('refuses a record with %s, saying why', (_case, spoil, reason) => {
    const record = toKafkaRecord(event);
    spoil(record);
    expect(() => fromKafkaRecord(record)).toThrow(MalformedEnvelopeError);
    expect(() => fromKafkaRecord(record)).toThrow(reason);
  });
});
