import { Topics } from '../../../topics/topics';
import { defineEvent } from '../../event-definition';
import { complaintTransmittedExample } from './complaint-transmitted.example';
import { ComplaintTransmitted } from './complaint-transmitted.payload';

export { ComplaintTransmitted };
export const ComplaintTransmittedEvent = defineEvent({
  type: 'harbour.reporting.complaint.transmitted.v1',
  topic: Topics.reporting,
  source: '/harbour/reporting',
  payload: ComplaintTransmitted,
  example: complaintTransmittedExample,
});
