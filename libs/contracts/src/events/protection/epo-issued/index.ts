import { Topics } from '../../../topics/topics';
import { defineEvent } from '../../event-definition';
import { epoIssuedExample } from './epo-issued.example';
import { EpoIssued } from './epo-issued.payload';

export { EpoIssued };
export const EpoIssuedEvent = defineEvent({
  type: 'harbour.protection.epo.issued.v1',
  topic: Topics.protection,
  source: '/harbour/protection',
  payload: EpoIssued,
  example: epoIssuedExample,
});
