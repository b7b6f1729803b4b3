import { Topics } from '../../../topics/topics';
import { defineEvent } from '../../event-definition';
import { returnPlanReadyExample } from './return-plan-ready.example';
import { ReturnPlanReady } from './return-plan-ready.payload';

export { ReturnPlanReady };
export const ReturnPlanReadyEvent = defineEvent({
  type: 'harbour.support.return-plan.ready.v1',
  topic: Topics.support,
  source: '/harbour/support',
  payload: ReturnPlanReady,
  example: returnPlanReadyExample,
});
