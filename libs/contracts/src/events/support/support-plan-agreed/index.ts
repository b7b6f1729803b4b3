import { Topics } from '../../../topics/topics';
import { defineEvent } from '../../event-definition';
import { supportPlanAgreedExample } from './support-plan-agreed.example';
import { SupportPlanAgreed } from './support-plan-agreed.payload';

export { SupportPlanAgreed };
export const SupportPlanAgreedEvent = defineEvent({
  type: 'harbour.support.support-plan.agreed.v1',
  topic: Topics.support,
  source: '/harbour/support',
  payload: SupportPlanAgreed,
  example: supportPlanAgreedExample,
});
