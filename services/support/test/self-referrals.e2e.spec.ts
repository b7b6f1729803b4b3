import { NestExpressApplication } from '@nestjs/platform-express';
import { SelfReferralReceivedEvent, validateEvent } from '@harbour/contracts';
import { bearer, http, journeyFacts, startSupportService, stopSupportService } from './support/support-testbed';

const HELPLINE = 'be-116006-helpline';

// A helpline call or a walk-in is a door: support opens the person's journey itself (ATD Art 11(3)).
describe('self-referrals: a person who comes to a support organisation themselves', () => {
  let app: NestExpressApplication;
  const helpline = bearer(['support-case-worker'], HELPLINE);
  const receive = (body: object, token = helpline, orgId = HELPLINE) => http(app).post(`/organisations/${orgId}/self-referrals`).auth(token, { type: 'bearer' }).send(body);

  beforeAll(async () => {
    app = await startSupportService();
  });
  afterAll(() => stopSupportService(app));

  it('opens a new pseudonymous journey with SelfReferralReceived, carrying the country, region, language and the organisation', async () => {
    const { body } = await receive({ channel: 'helpline', country: 'ES', region: 'ES-CT', language: 'ro', specialism: 'sexual-exploitation' }).expect(201);

    expect(body).toEqual({ selfReferralId: expect.any(String), journeyId: expect.stringMatching(/^[0-9a-f-]{36}$/), receivedAt: expect.any(String) });
    const [fact] = await journeyFacts(body.journeyId, [SelfReferralReceivedEvent.type]);
    expect(validateEvent(fact).ok).toBe(true);
    expect(fact).toMatchObject({ source: '/harbour/support', subject: body.journeyId });
    expect(fact.data).toEqual({
      selfReferralId: body.selfReferralId,
      channel: 'helpline',
      receivedAt: body.receivedAt,
      country: 'ES',
      region: 'ES-CT',
      language: 'ro',
      actingOrganisationId: HELPLINE,
      specialism: 'sexual-exploitation',
    });
  });

  it('answers a retried call with the same Idempotency-Key with the first receipt', async () => {
    const first = await receive({ channel: 'walk-in', country: 'BE' }).set('Idempotency-Key', 'call-2026-000017').expect(201);
    const again = await receive({ channel: 'walk-in', country: 'BE' }).set('Idempotency-Key', 'call-2026-000017').expect(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(first.body);
  });

  it('refuses with a precise 400 a region of another country, one the calendars do not know, and a missing country', async () => {
    const foreign = await receive({ channel: 'helpline', country: 'BE', region: 'ES-CT' }).expect(400);
    expect(foreign.body.message).toEqual(['region ES-CT is not a region of BE']);
    const unknown = await receive({ channel: 'helpline', country: 'CH', region: 'CH-XY' }).expect(400);
    expect(unknown.body.message).toEqual([expect.stringMatching(/^region CH-XY is not a region of CH the holiday calendars know \(CH-AG, /)]);
    const missing = await receive({ channel: 'helpline', language: 'Romanian' }).expect(400);
    expect(missing.body.message).toEqual(['country must be a country Harbour serves (ISO 3166-1 alpha-2, e.g. "BE")', 'language must be an ISO 639-1 code such as "en"']);
  });

  it("refuses another organisation's caller", async () => {
    await receive({ channel: 'helpline', country: 'BE' }, bearer(['support-case-worker'], 'be-lighthouse-brussels')).expect(403);
  });
});
