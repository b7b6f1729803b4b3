import { randomUUID } from 'node:crypto';
import {
  buildEvent,
  CloudEvent,
  EventDefinition,
  ReferralAccepted,
  ReferralAcceptedEvent,
  ReferralDeclined,
  ReferralDeclinedEvent,
  ReportReceived,
  ReportReceivedEvent,
  validateEvent,
} from '@harbour/contracts';

// Facts as the journey router receives them: valid CloudEvents about one journey.

function valid(event: CloudEvent<object>): CloudEvent<object> {
  const checked = validateEvent(event);
  if (!checked.ok) throw new Error(checked.reason);
  return checked.value;
}

export function reportReceived(journeyId: string, data: Partial<ReportReceived> & Pick<ReportReceived, 'receivedAt'>): CloudEvent<object> {
  return valid(
    buildEvent(ReportReceivedEvent, {
      id: randomUUID(),
      journeyId,
      time: data.receivedAt,
      data: { ...ReportReceivedEvent.example, reportId: randomUUID(), ...data },
    }),
  );
}

/** Any registered fact about a journey, happening at `time`. */
export function fact<T extends object>(definition: EventDefinition<T>, journeyId: string, data: T, time: string): CloudEvent<object> {
  return valid(buildEvent(definition, { id: randomUUID(), journeyId, time, data }));
}

export function referralAccepted(journeyId: string, data: ReferralAccepted): CloudEvent<object> {
  return fact(ReferralAcceptedEvent, journeyId, data, data.acceptedAt);
}

export function referralDeclined(journeyId: string, data: ReferralDeclined): CloudEvent<object> {
  return fact(ReferralDeclinedEvent, journeyId, data, data.declinedAt);
}
