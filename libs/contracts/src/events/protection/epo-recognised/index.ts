import { Topics } from '../../../topics/topics';
import { defineEvent } from '../../event-definition';
import { epoRecognisedExample } from './epo-recognised.example';
import { EpoRecognised } from './epo-recognised.payload';

export { EpoRecognised };
export const EpoRecognisedEvent = defineEvent({
  type: 'harbour.protection.epo.recognised.v1',
  topic: Topics.protection,
  source: '/harbour/protection',
  payload: EpoRecognised,
  example: epoRecognisedExample,
});
