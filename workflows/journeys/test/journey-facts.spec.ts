import { ReferralAcceptedEvent, ReferralDeclinedEvent, ReportReceivedEvent } from '@harbour/contracts';
import { JourneyFactTypes, readFact } from '../src/journey-facts';

describe('journey facts', () => {
  it('name the same event types as the contracts', () => {
    expect(JourneyFactTypes).toEqual({
      reportReceived: ReportReceivedEvent.type,
      referralAccepted: ReferralAcceptedEvent.type,
      referralDeclined: ReferralDeclinedEvent.type,
    });
  });

  it('reads a known fact with its data and leaves other facts for later', () => {
    const fact = { eventId: 'e1', type: ReportReceivedEvent.type, time: '2026-03-02T09:30:00.000Z', data: { ...ReportReceivedEvent.example } };
    expect(readFact(fact)).toEqual({ type: ReportReceivedEvent.type, data: ReportReceivedEvent.example });
    expect(readFact({ ...fact, type: 'harbour.protection.order.issued.v1' })).toBeUndefined();
  });
});
