import { Topics } from '../../../topics/topics';
import { defineEvent } from '../../event-definition';
import { journeysMergedExample } from './journeys-merged.example';
import { JourneysMerged } from './journeys-merged.payload';

export { JourneysMerged };
export const JourneysMergedEvent = defineEvent({
  type: 'harbour.identification.journeys.merged.v1',
  topic: Topics.identification,
  source: '/harbour/identification',
  payload: JourneysMerged,
  example: journeysMergedExample,
});
