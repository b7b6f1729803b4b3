import { Topics } from '../../../topics/topics';
import { defineEvent } from '../../event-definition';
import { appealLodgedExample } from './appeal-lodged.example';
import { AppealLodged } from './appeal-lodged.payload';

export { AppealLodged };
export const AppealLodgedEvent = defineEvent({
  type: 'harbour.compensation.appeal.lodged.v1',
  topic: Topics.compensation,
  source: '/harbour/compensation',
  payload: AppealLodged,
  example: appealLodgedExample,
});
