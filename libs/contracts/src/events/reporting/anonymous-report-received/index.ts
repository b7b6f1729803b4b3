import { Topics } from '../../../topics/topics';
import { defineEvent } from '../../event-definition';
import { anonymousReportReceivedExample } from './anonymous-report-received.example';
import { AnonymousReportReceived } from './anonymous-report-received.payload';

export { AnonymousReportReceived };
export const AnonymousReportReceivedEvent = defineEvent({
  type: 'harbour.reporting.anonymous-report.received.v1',
  topic: Topics.reporting,
  source: '/harbour/reporting',
  payload: AnonymousReportReceived,
  example: anonymousReportReceivedExample,
});
