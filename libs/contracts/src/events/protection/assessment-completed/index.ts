import { Topics } from '../../../topics/topics';
import { defineEvent } from '../../event-definition';
import { assessmentCompletedExample } from './assessment-completed.example';
import { AssessmentCompleted } from './assessment-completed.payload';

export { AssessmentCompleted };
export const AssessmentCompletedEvent = defineEvent({
  type: 'harbour.protection.assessment.completed.v1',
  topic: Topics.protection,
  source: '/harbour/protection',
  payload: AssessmentCompleted,
  example: assessmentCompletedExample,
});
