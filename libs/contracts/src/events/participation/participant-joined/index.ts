import { Topics } from '../../../topics/topics';
import { defineEvent } from '../../event-definition';
import { participantJoinedExample } from './participant-joined.example';
import { ParticipantJoined } from './participant-joined.payload';

export { ParticipantJoined };

/** The contexts whose acts make an organisation a participant; support's come from its referral facts. */
export const ParticipatingContexts = ['reporting', 'identification', 'protection', 'justice', 'compensation'] as const;
export type ParticipatingContext = (typeof ParticipatingContexts)[number];

const participantJoined = (context: ParticipatingContext) =>
  defineEvent({
    type: `harbour.${context}.participant.joined.v1`,
    topic: Topics.participation,
    source: `/harbour/${context}`,
    payload: ParticipantJoined,
    example: participantJoinedExample,
  });

/** One definition per context, all on the participation topic, so that the journey router never sees them. */
export const ParticipantJoinedEvents = {
  reporting: participantJoined('reporting'),
  identification: participantJoined('identification'),
  protection: participantJoined('protection'),
  justice: participantJoined('justice'),
  compensation: participantJoined('compensation'),
} as const satisfies Record<ParticipatingContext, ReturnType<typeof participantJoined>>;
