import { Topics } from '../../../topics/topics';
import { defineEvent } from '../../event-definition';
import { nonPunishmentFlaggedExample } from './non-punishment-flagged.example';
import { NonPunishmentFlagged } from './non-punishment-flagged.payload';

export { NonPunishmentFlagged };
export const NonPunishmentFlaggedEvent = defineEvent({
  type: 'harbour.identification.non-punishment.flagged.v1',
  topic: Topics.identification,
  source: '/harbour/identification',
  payload: NonPunishmentFlagged,
  example: nonPunishmentFlaggedExample,
});
