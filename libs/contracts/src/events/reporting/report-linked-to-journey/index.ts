import { Topics } from '../../../topics/topics';
import { defineEvent } from '../../event-definition';
import { reportLinkedToJourneyExample } from './report-linked-to-journey.example';
import { ReportLinkedToJourney } from './report-linked-to-journey.payload';

export { ReportLinkedToJourney };
export const ReportLinkedToJourneyEvent = defineEvent({
  type: 'harbour.reporting.report.linked-to-journey.v1',
  topic: Topics.reporting,
  source: '/harbour/reporting',
  payload: ReportLinkedToJourney,
  example: reportLinkedToJourneyExample,
});
