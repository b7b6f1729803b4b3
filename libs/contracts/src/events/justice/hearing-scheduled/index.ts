import { Topics } from '../../../topics/topics';
import { defineEvent } from '../../event-definition';
import { hearingScheduledExample } from './hearing-scheduled.example';
import { HearingScheduled } from './hearing-scheduled.payload';

export { HearingScheduled };
export const HearingScheduledEvent = defineEvent({
  type: 'harbour.justice.hearing.scheduled.v1',
  topic: Topics.justice,
  source: '/harbour/justice',
  payload: HearingScheduled,
  example: hearingScheduledExample,
});
