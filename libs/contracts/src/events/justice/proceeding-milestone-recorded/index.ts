import { Topics } from '../../../topics/topics';
import { defineEvent } from '../../event-definition';
import { proceedingMilestoneRecordedExample } from './proceeding-milestone-recorded.example';
import { ProceedingMilestoneRecorded } from './proceeding-milestone-recorded.payload';

export { ProceedingMilestoneRecorded };
export const ProceedingMilestoneRecordedEvent = defineEvent({
  type: 'harbour.justice.proceeding-milestone.recorded.v1',
  topic: Topics.justice,
  source: '/harbour/justice',
  payload: ProceedingMilestoneRecorded,
  example: proceedingMilestoneRecordedExample,
});
