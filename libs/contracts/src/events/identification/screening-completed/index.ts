import { Topics } from '../../../topics/topics';
import { defineEvent } from '../../event-definition';
import { screeningCompletedExample } from './screening-completed.example';
import { ScreeningCompleted } from './screening-completed.payload';

export { ScreeningCompleted };
export const ScreeningCompletedEvent = defineEvent({
  type: 'harbour.identification.screening.completed.v1',
  topic: Topics.identification,
  source: '/harbour/identification',
  payload: ScreeningCompleted,
  example: screeningCompletedExample,
});
