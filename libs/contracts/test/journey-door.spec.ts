import { ProtectionOrderIssuedEvent, regionProblem, SelfReferralReceivedEvent, validateEventData } from '../src';

describe("a door's region", () => {
  it('is an ISO 3166-2 code of its country, one the holiday calendars know where the regions keep their own holidays', () => {
    expect(regionProblem('DE-BY', 'DE')).toBeUndefined();
    expect(regionProblem('BE-VLG', 'BE')).toBeUndefined();
    expect(regionProblem('GB-SCT')).toBeUndefined();
    expect(regionProblem('Bavaria', 'DE')).toBe('region must be an ISO 3166-2 subdivision code such as "BE-VLG"');
    expect(regionProblem('ES-CT', 'DE')).toBe('region ES-CT is not a region of DE');
    expect(regionProblem('US-CA')).toBe('region US-CA is not in a country Harbour serves');
    expect(regionProblem('GB-LND', 'GB')).toBe('region GB-LND is not a region of GB the holiday calendars know (GB-ENG, GB-NIR, GB-SCT, GB-WLS)');
  });

  it("is refused on a door's fact with one reason, so the journey router dead-letters it", () => {
    const order = { orderId: '6f1c2f0e-6c0a-4a57-9a52-6f7f3f1f2b10', kind: 'barring-order', startsAt: '2027-10-28T08:00:00.000Z', endsAt: '2028-01-26T08:00:00.000Z' };
    expect(validateEventData(ProtectionOrderIssuedEvent, { ...order, country: 'DE', region: 'DE-BY', language: 'ro' }).ok).toBe(true);
    expect(validateEventData(ProtectionOrderIssuedEvent, { ...order, country: 'DE', region: 'ES-CT' })).toEqual({
      ok: false,
      reason: 'harbour.protection.order.issued.v1: region ES-CT is not a region of DE',
    });
    const call = { selfReferralId: '6f1c2f0e-6c0a-4a57-9a52-6f7f3f1f2b11', channel: 'helpline', receivedAt: '2027-10-28T08:00:00.000Z', actingOrganisationId: 'de-helpline', country: 'DE' };
    expect(validateEventData(SelfReferralReceivedEvent, { ...call, region: 'de-by' })).toEqual({
      ok: false,
      reason: 'harbour.support.self-referral.received.v1: region must be an ISO 3166-2 subdivision code such as "BE-VLG"',
    });
  });
});
