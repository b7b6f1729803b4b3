import { Context, context, defaultTextMapGetter, defaultTextMapSetter, ROOT_CONTEXT } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { CloudEvent } from '@harbour/contracts';

// Used directly rather than through the global propagator, so that the trace context crosses
// Kafka even in a process that registered no OpenTelemetry SDK.
const w3c = new W3CTraceContextPropagator();

/** The event with the active trace context as its traceparent, unless it already has one. */
export function withActiveTraceparent<T>(event: CloudEvent<T>): CloudEvent<T> {
  if (event.traceparent) return event;
  const carrier: Record<string, string> = {};
  w3c.inject(context.active(), carrier, defaultTextMapSetter);
  return carrier.traceparent ? { ...event, traceparent: carrier.traceparent } : event;
}

/** The context a consumer continues: the producer's trace when the record carries one. */
export function contextOfTraceparent(traceparent: string | undefined): Context {
  return traceparent ? w3c.extract(ROOT_CONTEXT, { traceparent }, defaultTextMapGetter) : ROOT_CONTEXT;
}
