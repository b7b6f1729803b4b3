import { Topics } from '../../../topics/topics';
import { defineEvent } from '../../event-definition';
import { decidingAuthorityChasedExample } from './deciding-authority-chased.example';
import { DecidingAuthorityChased } from './deciding-authority-chased.payload';

export { DecidingAuthorityChased };
export const DecidingAuthorityChasedEvent = defineEvent({
  type: 'harbour.compensation.deciding-authority.chased.v1',
  topic: Topics.compensation,
  source: '/harbour/compensation',
  payload: DecidingAuthorityChased,
  example: decidingAuthorityChasedExample,
});
