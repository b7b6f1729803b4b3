import { Topics } from '../../../topics/topics';
import { defineEvent } from '../../event-definition';
import { crossBorderApplicationReceivedExample } from './cross-border-application-received.example';
import { CrossBorderApplicationReceived } from './cross-border-application-received.payload';

export { CrossBorderApplicationReceived };
export const CrossBorderApplicationReceivedEvent = defineEvent({
  type: 'harbour.compensation.cross-border-application.received.v1',
  topic: Topics.compensation,
  source: '/harbour/compensation',
  payload: CrossBorderApplicationReceived,
  example: crossBorderApplicationReceivedExample,
});
