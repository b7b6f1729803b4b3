import { Topics } from '../../../topics/topics';
import { defineEvent } from '../../event-definition';
import { returnPlannedExample } from './return-planned.example';
import { ReturnPlanned } from './return-planned.payload';

export { ReturnPlanned };
export const ReturnPlannedEvent = defineEvent({
  type: 'harbour.support.return.planned.v1',
  topic: Topics.support,
  source: '/harbour/support',
  payload: ReturnPlanned,
  example: returnPlannedExample,
});
