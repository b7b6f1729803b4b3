import { Topics } from '../../../topics/topics';
import { defineEvent } from '../../event-definition';
import { complaintAcknowledgedExample } from './complaint-acknowledged.example';
import { ComplaintAcknowledged } from './complaint-acknowledged.payload';

export { ComplaintAcknowledged };
export const ComplaintAcknowledgedEvent = defineEvent({
  type: 'harbour.reporting.complaint.acknowledged.v1',
  topic: Topics.reporting,
  source: '/harbour/reporting',
  payload: ComplaintAcknowledged,
  example: complaintAcknowledgedExample,
});
