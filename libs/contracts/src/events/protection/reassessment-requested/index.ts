import { Topics } from '../../../topics/topics';
import { defineEvent } from '../../event-definition';
import { reassessmentRequestedExample } from './reassessment-requested.example';
import { ReassessmentRequested } from './reassessment-requested.payload';

export { ReassessmentRequested };
export const ReassessmentRequestedEvent = defineEvent({
  type: 'harbour.protection.reassessment.requested.v1',
  topic: Topics.protection,
  source: '/harbour/protection',
  payload: ReassessmentRequested,
  example: reassessmentRequestedExample,
});
