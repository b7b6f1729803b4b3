import { Topics } from '../../../topics/topics';
import { defineEvent } from '../../event-definition';
import { possibleDuplicateFoundExample } from './possible-duplicate-found.example';
import { PossibleDuplicateFound } from './possible-duplicate-found.payload';

export { PossibleDuplicateFound };
export const PossibleDuplicateFoundEvent = defineEvent({
  type: 'harbour.identification.possible-duplicate.found.v1',
  topic: Topics.identification,
  source: '/harbour/identification',
  payload: PossibleDuplicateFound,
  example: possibleDuplicateFoundExample,
});
