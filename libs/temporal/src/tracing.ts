import { resourceFromAttributes } from '@opentelemetry/resources';
import { NoopSpanProcessor, ReadableSpan, SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { ClientInterceptors } from '@temporalio/client';
import {
  makeWorkflowExporter,
  OpenTelemetryActivityInboundInterceptor,
  OpenTelemetryActivityOutboundInterceptor,
  OpenTelemetryWorkflowClientInterceptor,
} from '@temporalio/interceptors-opentelemetry';
import { ActivityInterceptorsFactory } from '@temporalio/worker';

// Temporal's OpenTelemetry interceptors carry the W3C trace context from a client call into the
// workflow and on to each activity. Client and activity spans use the process's global tracer
// (started by @harbour/telemetry); workflow spans leave the sandbox through a sink.

export function clientTracingInterceptors(): ClientInterceptors {
  return { workflow: [new OpenTelemetryWorkflowClientInterceptor()] };
}

export function activityTracingInterceptors(): ActivityInterceptorsFactory[] {
  return [
    (context) => ({
      inbound: new OpenTelemetryActivityInboundInterceptor(context),
      outbound: new OpenTelemetryActivityOutboundInterceptor(context),
    }),
  ];
}

export const workflowTracingModules = [require.resolve('@temporalio/interceptors-opentelemetry/lib/workflow-interceptors')];

/** Spans from the sandbox arrive in the SDK 1.x shape of the interceptor package; Harbour runs SDK 2.x. */
function toCurrentSdkSpan(span: ReadableSpan): ReadableSpan {
  const legacy = span as ReadableSpan & { parentSpanId?: string; instrumentationLibrary?: ReadableSpan['instrumentationScope'] };
  const context = span.spanContext();
  return {
    ...span,
    spanContext: () => context,
    parentSpanContext: legacy.parentSpanContext ?? (legacy.parentSpanId ? { ...context, spanId: legacy.parentSpanId } : undefined),
    instrumentationScope: legacy.instrumentationScope ?? legacy.instrumentationLibrary ?? { name: '@temporalio/interceptors-opentelemetry' },
  };
}

/** The sink that hands workflow spans to a span processor (a no-op one unless given). */
export function workflowTracingSinks(
  serviceName: string,
  processor: SpanProcessor = new NoopSpanProcessor(),
): { exporter: ReturnType<typeof makeWorkflowExporter> } {
  const adapter = {
    onStart: () => undefined,
    onEnd: (span: ReadableSpan) => processor.onEnd(toCurrentSdkSpan(span)),
    forceFlush: () => processor.forceFlush(),
    shutdown: () => processor.shutdown(),
  };
  const resource = resourceFromAttributes({ 'service.name': serviceName });
  // The interceptor package types these with its own pinned OpenTelemetry SDK 1.x.
  return { exporter: makeWorkflowExporter(adapter as never, resource as never) };
}
