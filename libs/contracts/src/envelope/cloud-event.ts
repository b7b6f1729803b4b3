/**
 * CloudEvents 1.0 envelope. `subject` is always the pseudonymous journey id, so that every
 * consumer can route a fact without reading its data.
 */
export interface CloudEvent<T = unknown> {
  id: string;
  source: string;
  type: string;
  specversion: '1.0';
  time: string;
  subject: string;
  datacontenttype: 'application/json';
  dataschema: string;
  data: T;
  /** W3C trace context of the step that produced the fact. */
  traceparent?: string;
}
