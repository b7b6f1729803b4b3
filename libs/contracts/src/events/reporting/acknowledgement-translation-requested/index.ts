import { Topics } from '../../../topics/topics';
import { defineEvent } from '../../event-definition';
import { acknowledgementTranslationRequestedExample } from './acknowledgement-translation-requested.example';
import { AcknowledgementTranslationRequested } from './acknowledgement-translation-requested.payload';

export { AcknowledgementTranslationRequested };
export const AcknowledgementTranslationRequestedEvent = defineEvent({
  type: 'harbour.reporting.acknowledgement-translation.requested.v1',
  topic: Topics.reporting,
  source: '/harbour/reporting',
  payload: AcknowledgementTranslationRequested,
  example: acknowledgementTranslationRequestedExample,
});
