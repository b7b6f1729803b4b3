import { Topics } from '../../../topics/topics';
import { defineEvent } from '../../event-definition';
import { guardianAppointedExample } from './guardian-appointed.example';
import { GuardianAppointed } from './guardian-appointed.payload';

export { GuardianAppointed };
export const GuardianAppointedEvent = defineEvent({
  type: 'harbour.identification.guardian.appointed.v1',
  topic: Topics.identification,
  source: '/harbour/identification',
  payload: GuardianAppointed,
  example: guardianAppointedExample,
});
