import { Topics } from '../../../topics/topics';
import { defineEvent } from '../../event-definition';
import { nrmReferralSubmittedExample } from './nrm-referral-submitted.example';
import { NrmReferralSubmitted } from './nrm-referral-submitted.payload';

export { NrmReferralSubmitted };
export const NrmReferralSubmittedEvent = defineEvent({
  type: 'harbour.identification.nrm-referral.submitted.v1',
  topic: Topics.identification,
  source: '/harbour/identification',
  payload: NrmReferralSubmitted,
  example: nrmReferralSubmittedExample,
});
