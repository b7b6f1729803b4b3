import { Topics } from '../../../topics/topics';
import { defineEvent } from '../../event-definition';
import { victimInformationProvidedExample } from './victim-information-provided.example';
import { VictimInformationProvided } from './victim-information-provided.payload';

export { VictimInformationProvided };
export const VictimInformationProvidedEvent = defineEvent({
  type: 'harbour.justice.victim-information.provided.v1',
  topic: Topics.justice,
  source: '/harbour/justice',
  payload: VictimInformationProvided,
  example: victimInformationProvidedExample,
});
