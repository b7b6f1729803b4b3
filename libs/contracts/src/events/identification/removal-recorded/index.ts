import { Topics } from '../../../topics/topics';
import { defineEvent } from '../../event-definition';
import { removalRecordedExample } from './removal-recorded.example';
import { RemovalRecorded } from './removal-recorded.payload';

export { RemovalRecorded };
export const RemovalRecordedEvent = defineEvent({
  type: 'harbour.identification.removal.recorded.v1',
  topic: Topics.identification,
  source: '/harbour/identification',
  payload: RemovalRecorded,
  example: removalRecordedExample,
});
