import { randomUUID } from 'node:crypto';
import { SpanKind, trace } from '@opentelemetry/api';
import { node, tracing } from '@opentelemetry/sdk-node';
import { buildEvent, ReportReceivedEvent } from '@harbour/contracts';
import { createKafka, EventConsumer, KafkaEventPublisher, startEventConsumer } from '../src';
import { uniqueName, waitFor } from './support/test-helpers';

describe('trace context across Kafka', () => {
  const exporter = new tracing.InMemorySpanExporter();
  const provider = new node.NodeTracerProvider({ spanProcessors: [new tracing.SimpleSpanProcessor(exporter)] });
  const kafka = createKafka({ clientId: 'messaging-trace-test' });
  const topic = uniqueName('harbour.test.v1');
  const publisher = new KafkaEventPublisher(kafka, { topicOf: () => topic });
  let consumer: EventConsumer;

  beforeAll(async () => {
    provider.register();
    await publisher.connect();
  });

  afterAll(async () => {
    await consumer?.stop();
    await publisher.disconnect();
    await provider.shutdown();
  });

  it('handles a fact inside a consumer span that continues the producer trace', async () => {
    const seen: { traceId?: string; journeyId: string }[] = [];
    consumer = await startEventConsumer({
      kafka,
      groupId: uniqueName('test-group'),
      topics: [topic],
      handle: async (event) => void seen.push({ traceId: trace.getActiveSpan()?.spanContext().traceId, journeyId: event.subject }),
    });
    const event = buildEvent(ReportReceivedEvent, {
      id: randomUUID(),
      journeyId: randomUUID(),
      time: new Date().toISOString(),
      data: ReportReceivedEvent.example,
    });

    const producerSpan = await trace.getTracer('test').startActiveSpan('POST /reports', async (span) => {
      await publisher.publish([event]);
      span.end();
      return span;
    });

    const [handled] = await waitFor(() => seen.length > 0 && seen, { what: 'the fact' });
    expect(handled.traceId).toBe(producerSpan.spanContext().traceId);
    const consumerSpan = await waitFor(() => exporter.getFinishedSpans().find((span) => span.kind === SpanKind.CONSUMER), { what: 'the consumer span' });
    expect(consumerSpan.parentSpanContext?.spanId).toBe(producerSpan.spanContext().spanId);
    expect(consumerSpan.attributes['messaging.message.id']).toBe(event.id);
  });
});
