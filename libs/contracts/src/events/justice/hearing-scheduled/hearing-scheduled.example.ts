import { HearingScheduled } from './hearing-scheduled.payload';

export const hearingScheduledExample: HearingScheduled = {
  hearingId: '6b7c8d9e-0f1a-4b2c-8d3e-4f5a6b7c8d9e',
  scheduledFor: '2026-06-15T09:30:00.000Z',
  interpreterNeeded: true,
  recordedAt: '2026-05-20T10:00:00.000Z',
};
