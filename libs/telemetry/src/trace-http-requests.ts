import { context, propagation, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** What Express adds to a request once a route has matched. */
interface RoutedRequest extends IncomingMessage {
  baseUrl?: string;
  route?: { path?: unknown };
}

const tracer = trace.getTracer('harbour-http');

/**
 * Middleware that opens a server span per request. It continues the caller's trace only for a
 * caller that sends a token: a public route's anonymous caller starts a trace of its own, so a
 * `traceparent` it chose cannot mark its report across Harbour. The span is named after the
 * route template only: paths, query strings, headers and bodies can carry receipt codes or
 * personal data, so none of them is recorded.
 */
export function traceHttpRequests() {
  return (request: RoutedRequest, response: ServerResponse, next: () => void): void => {
    const parent = request.headers.authorization ? propagation.extract(context.active(), request.headers) : context.active();
    const method = request.method ?? 'UNKNOWN';
    const span = tracer.startSpan(method, { kind: SpanKind.SERVER, attributes: { 'http.request.method': method } }, parent);
    response.once('close', () => {
      const route = routeTemplate(request);
      if (route) {
        span.updateName(`${method} ${route}`);
        span.setAttribute('http.route', route);
      }
      span.setAttribute('http.response.status_code', response.statusCode);
      if (response.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    });
    context.with(trace.setSpan(parent, span), next);
  };
}

function routeTemplate(request: RoutedRequest): string | undefined {
  const path = request.route?.path;
  return typeof path === 'string' ? `${request.baseUrl ?? ''}${path}` : undefined;
}
