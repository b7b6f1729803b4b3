export * from './start-telemetry';
export * from './current-traceparent';
export * from './trace-http-requests';
