import { SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { CloudEvent } from '@harbour/contracts';
import { contextOfTraceparent } from './trace-context';

const tracer = trace.getTracer('@harbour/messaging');

/** Runs the handling of one event in a consumer span that continues the producer's trace. */
export function inConsumerSpan<T>(topic: string, event: CloudEvent, work: () => Promise<T>): Promise<T> {
  const attributes = {
    'messaging.system': 'kafka',
    'messaging.operation.type': 'process',
    'messaging.destination.name': topic,
    'messaging.message.id': event.id,
    'cloudevents.event_type': event.type,
    'cloudevents.event_subject': event.subject,
  };
  return tracer.startActiveSpan(
    `process ${topic}`,
    { kind: SpanKind.CONSUMER, attributes },
    contextOfTraceparent(event.traceparent),
    async (span) => {
      try {
        return await work();
      } catch (error) {
        span.recordException(error as Error);
        span.setStatus({ code: SpanStatusCode.ERROR });
        throw error;
      } finally {
        span.end();
      }
    },
  );
}
