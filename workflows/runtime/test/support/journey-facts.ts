import { randomUUID } from 'node:crypto';
import {
  buildEvent,
  CloudEvent,
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

export function referralAccepted(journeyId: string, data: ReferralAccepted): CloudEvent<object> {
  return valid(buildEvent(ReferralAcceptedEvent, { id: randomUUID(), journeyId, time: data.acceptedAt, data }));
}

export function referralDeclined(journeyId: string, data: ReferralDeclined): CloudEvent<object> {
  return valid(buildEvent(ReferralDeclinedEvent, { id: randomUUID(), journeyId, time: data.declinedAt, data }));
}
