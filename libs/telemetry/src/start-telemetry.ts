import { context, propagation, trace } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { NodeSDK } from '@opentelemetry/sdk-node';
import { BatchSpanProcessor, NoopSpanProcessor, SimpleSpanProcessor, SpanExporter, SpanProcessor } from '@opentelemetry/sdk-trace-base';

export interface TelemetryOptions {
  /** Sends spans here as they end (tests, local inspection) instead of the OTLP endpoint. */
  exporter?: SpanExporter;
}

export type StopTelemetry = () => Promise<void>;

/**
 * Starts OpenTelemetry for one Harbour process, with the W3C trace-context propagator.
 * Spans are always created, so the trace context reaches Kafka and Temporal; they leave the
 * process only when OTEL_EXPORTER_OTLP_ENDPOINT (or ..._TRACES_ENDPOINT) is set.
 * Call it before Nest is loaded. No instrumentation records bodies, query strings or headers.
 */
export function startTelemetry(serviceName: string, options: TelemetryOptions = {}): StopTelemetry {
  const sdk = new NodeSDK({
    serviceName,
    textMapPropagator: new W3CTraceContextPropagator(),
    spanProcessors: [spanProcessorFor(options.exporter)],
    logRecordProcessors: [],
    instrumentations: [],
  });
  sdk.start();
  return async () => {
    await sdk.shutdown();
    // Releases the global providers so that a later start in the same process takes effect.
    trace.disable();
    propagation.disable();
    context.disable();
  };
}

function spanProcessorFor(exporter: SpanExporter | undefined): SpanProcessor {
  if (exporter) return new SimpleSpanProcessor(exporter);
  return otlpSpanProcessor() ?? new NoopSpanProcessor();
}

/** Exports spans over OTLP when an endpoint is configured; the one place that rule lives. */
export function otlpSpanProcessor(): SpanProcessor | undefined {
  const { OTEL_EXPORTER_OTLP_ENDPOINT, OTEL_EXPORTER_OTLP_TRACES_ENDPOINT } = process.env;
  return OTEL_EXPORTER_OTLP_ENDPOINT || OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ? new BatchSpanProcessor(new OTLPTraceExporter()) : undefined;
}
