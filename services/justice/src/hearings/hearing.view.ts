import { Hearing } from './hearing';

/** A hearing as the API shows it: dates as ISO strings, who recorded it left out. */
export function toHearingView(hearing: Hearing) {
  return {
    hearingId: hearing._id,
    journeyId: hearing.journeyId,
    kind: hearing.kind,
    scheduledFor: hearing.scheduledFor.toISOString(),
    interpreterLanguage: hearing.interpreterLanguage ?? null,
    interpretationBooking: hearing.interpretationBooking
      ? { bookingId: hearing.interpretationBooking.bookingId, bookedAt: hearing.interpretationBooking.bookedAt.toISOString() }
      : null,
    arrangements: hearing.arrangements.map(({ arrangement, dueBy, status, reasonCode, decidedAt }) => ({
      arrangement,
      dueBy: dueBy.toISOString(),
      status,
      ...(reasonCode ? { reasonCode } : {}),
      ...(decidedAt ? { decidedAt: decidedAt.toISOString() } : {}),
    })),
    recordedAt: hearing.recordedAt.toISOString(),
  };
}
export type HearingView = ReturnType<typeof toHearingView>;
