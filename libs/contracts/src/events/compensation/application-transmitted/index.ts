import { Topics } from '../../../topics/topics';
import { defineEvent } from '../../event-definition';
import { applicationTransmittedExample } from './application-transmitted.example';
import { ApplicationTransmitted } from './application-transmitted.payload';

export { ApplicationTransmitted };
export const ApplicationTransmittedEvent = defineEvent({
  type: 'harbour.compensation.application.transmitted.v1',
  topic: Topics.compensation,
  source: '/harbour/compensation',
  payload: ApplicationTransmitted,
  example: applicationTransmittedExample,
});
