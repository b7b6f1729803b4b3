import {
  buildEvent,
  deadLetterTopic,
  EventDefinition,
  EventRegistry,
  JourneyFactTopics,
  TaskQueues,
  toKafkaRecord,
  Topics,
} from '@harbour/contracts';
import { JsonSchema, payloadSchemas, SCHEMA_REF_PREFIX } from './payload-schemas';

/** The header Harbour's consumers add when they park a record on a dead-letter topic. */
export const DEAD_LETTER_REASON_HEADER = 'harbour-dlq-reason';

const EXAMPLE_JOURNEY_ID = '5d9f0c1e-2b3a-4c5d-8e6f-7a8b9c0d1e2f';
const EXAMPLE_EVENT_ID = '1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e';

/**
 * An AsyncAPI 3.0 document of every Harbour topic and fact, built from the contracts library:
 * one channel per topic and per dead-letter topic, one message per registered event type with
 * its CloudEvents headers (Kafka binary mode), its payload schema and its example.
 */
export function buildAsyncApiDocument(): Record<string, unknown> {
  const schemas = payloadSchemas();
  const messages = Object.fromEntries(EventRegistry.map((definition) => [definition.type, message(definition, schemas)]));
  const channels: Record<string, unknown> = {};
  const operations: Record<string, unknown> = {};
  for (const [context, topic] of Object.entries(Topics)) {
    const types = EventRegistry.filter((definition) => definition.topic === topic).map((definition) => definition.type);
    const refs = Object.fromEntries(types.map((type) => [type, { $ref: `#/components/messages/${type}` }]));
    channels[context] = {
      address: topic,
      title: topic,
      description: `Facts of the ${context} context, keyed by the pseudonymous journey id so one victim's facts keep their order.`,
      messages: refs,
    };
    channels[`${context}-dead-letters`] = {
      address: deadLetterTopic(topic),
      title: deadLetterTopic(topic),
      description: `Records of ${topic} a consumer could not accept, unchanged, with the reason in the ${DEAD_LETTER_REASON_HEADER} header and where they came from in the other harbour-dlq-* headers.`,
      messages: refs,
    };
    const channelMessages = types.map((type) => ({ $ref: `#/channels/${context}/messages/${type}` }));
    operations[`publish-${context}`] = {
      action: 'send',
      channel: { $ref: `#/channels/${context}` },
      summary: `The ${context} context publishes its facts through its outbox.`,
      messages: channelMessages,
    };
    if ((JourneyFactTopics as readonly string[]).includes(topic)) {
      operations[`route-${context}-to-journeys`] = {
        action: 'receive',
        channel: { $ref: `#/channels/${context}` },
        summary: `The journey router turns every ${context} fact into a signal on the victim's journey workflow.`,
        messages: channelMessages,
      };
    }
  }
  return {
    asyncapi: '3.0.0',
    info: {
      title: 'Harbour facts',
      version: '1',
      description:
        "Every fact Harbour's contexts publish on Kafka, as CloudEvents 1.0 in binary content mode: the attributes in ce_* headers, the data as the JSON value, the journey id as the key. " +
        `Commands go the other way, as Temporal activities on each service's task queue (${Object.values(TaskQueues).join(', ')}).`,
    },
    defaultContentType: 'application/json',
    servers: {
      local: { host: '127.0.0.1:9092', protocol: 'kafka', description: 'The local platform (npm run platform)' },
    },
    channels,
    operations,
    components: { messages, schemas },
  };
}

function message(definition: EventDefinition, schemas: Record<string, JsonSchema>): Record<string, unknown> {
  const record = toKafkaRecord(
    buildEvent(definition, { id: EXAMPLE_EVENT_ID, journeyId: EXAMPLE_JOURNEY_ID, time: exampleTime(definition), data: definition.example }),
  );
  const payloadName = definition.payload.name;
  if (!schemas[payloadName]) throw new Error(`no schema for ${payloadName}`);
  return {
    name: definition.type,
    title: definition.type,
    summary: `${payloadName}, published by ${definition.source} on ${definition.topic}`,
    contentType: 'application/json',
    headers: cloudEventHeaders(definition),
    payload: { $ref: `${SCHEMA_REF_PREFIX}${payloadName}` },
    bindings: {
      kafka: {
        key: { type: 'string', format: 'uuid', description: 'The pseudonymous journey id (equal to ce_subject)' },
        bindingVersion: '0.5.0',
      },
    },
    examples: [{ name: 'example', headers: record.headers, payload: JSON.parse(record.value) }],
  };
}

function cloudEventHeaders(definition: EventDefinition): JsonSchema {
  const properties: Record<string, JsonSchema> = {
    ce_id: { type: 'string', minLength: 1, description: 'Unique per fact; consumers deduplicate on it' },
    ce_source: { type: 'string', const: definition.source },
    ce_type: { type: 'string', const: definition.type },
    ce_specversion: { type: 'string', const: '1.0' },
    ce_time: { type: 'string', format: 'date-time' },
    ce_subject: { type: 'string', format: 'uuid', description: 'The pseudonymous journey id; never a name' },
    ce_dataschema: { type: 'string', const: definition.dataschema },
    'content-type': { type: 'string', const: 'application/json' },
    traceparent: { type: 'string', description: 'W3C trace context of the step that produced the fact (optional)' },
  };
  return { type: 'object', required: Object.keys(properties).filter((name) => name !== 'traceparent'), properties };
}

/** The example's own time when it states one, so the example envelope and data agree. */
function exampleTime(definition: EventDefinition): string {
  const times = Object.values(definition.example).filter((value): value is string => typeof value === 'string' && /^\d{4}-\d\d-\d\dT/.test(value));
  return times[times.length - 1] ?? '2026-03-02T09:30:00.000Z';
}
