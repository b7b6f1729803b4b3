import { Topics } from '../../../topics/topics';
import { defineEvent } from '../../event-definition';
import { applicationAcknowledgedExample } from './application-acknowledged.example';
import { ApplicationAcknowledged } from './application-acknowledged.payload';

export { ApplicationAcknowledged };
export const ApplicationAcknowledgedEvent = defineEvent({
  type: 'harbour.compensation.application.acknowledged.v1',
  topic: Topics.compensation,
  source: '/harbour/compensation',
  payload: ApplicationAcknowledged,
  example: applicationAcknowledgedExample,
});
