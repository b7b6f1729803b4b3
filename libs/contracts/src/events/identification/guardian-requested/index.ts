import { Topics } from '../../../topics/topics';
import { defineEvent } from '../../event-definition';
import { guardianRequestedExample } from './guardian-requested.example';
import { GuardianRequested } from './guardian-requested.payload';

export { GuardianRequested };
export const GuardianRequestedEvent = defineEvent({
  type: 'harbour.identification.guardian.requested.v1',
  topic: Topics.identification,
  source: '/harbour/identification',
  payload: GuardianRequested,
  example: guardianRequestedExample,
});
