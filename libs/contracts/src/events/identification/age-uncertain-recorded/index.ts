import { Topics } from '../../../topics/topics';
import { defineEvent } from '../../event-definition';
import { ageUncertainRecordedExample } from './age-uncertain-recorded.example';
import { AgeUncertainRecorded } from './age-uncertain-recorded.payload';

export { AgeUncertainRecorded };
export const AgeUncertainRecordedEvent = defineEvent({
  type: 'harbour.identification.age-uncertain.recorded.v1',
  topic: Topics.identification,
  source: '/harbour/identification',
  payload: AgeUncertainRecorded,
  example: ageUncertainRecordedExample,
});
