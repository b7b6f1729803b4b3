import { ParticipantJoined } from './participant-joined.payload';

export const participantJoinedExample: ParticipantJoined = {
  organisationId: 'be-police-antwerp',
  basis: 'reported',
  joinedAt: '2026-03-02T09:30:00.000Z',
};
