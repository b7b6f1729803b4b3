import { EventDefinition } from './event-definition';
import { ObligationMetEvent, ObligationMissedEvent } from './journey/obligation';
import { ReportReceivedEvent } from './reporting/report-received';
import { ReferralAcceptedEvent } from './support/referral-accepted';
import { ReferralDeclinedEvent } from './support/referral-declined';
import { ReferralOfferedEvent } from './support/referral-offered';
import { ReferralWithdrawnEvent } from './support/referral-withdrawn';

/** Every event type Harbour knows. A type absent here is refused by every consumer. */
export const EventRegistry: readonly EventDefinition[] = [
  ReportReceivedEvent,
  ReferralOfferedEvent,
  ReferralAcceptedEvent,
  ReferralDeclinedEvent,
  ReferralWithdrawnEvent,
  ObligationMetEvent,
  ObligationMissedEvent,
];

const byType = new Map(EventRegistry.map((definition) => [definition.type, definition]));

export function findEventDefinition(type: string): EventDefinition | undefined {
  return byType.get(type);
}
