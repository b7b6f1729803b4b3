import { Topics } from '../../../topics/topics';
import { defineEvent } from '../../event-definition';
import { reportReceivedExample } from './report-received.example';
import { ReportReceived } from './report-received.payload';

export { ReportReceived };
export const ReportReceivedEvent = defineEvent({
  type: 'harbour.reporting.report.received.v1',
  topic: Topics.reporting,
  source: '/harbour/reporting',
  payload: ReportReceived,
  example: reportReceivedExample,
});
