import { Topics } from '../../../topics/topics';
import { defineEvent } from '../../event-definition';
import { nonPunishmentNotifiedExample } from './non-punishment-notified.example';
import { NonPunishmentNotified } from './non-punishment-notified.payload';

export { NonPunishmentNotified };
export const NonPunishmentNotifiedEvent = defineEvent({
  type: 'harbour.justice.non-punishment.notified.v1',
  topic: Topics.justice,
  source: '/harbour/justice',
  payload: NonPunishmentNotified,
  example: nonPunishmentNotifiedExample,
});
