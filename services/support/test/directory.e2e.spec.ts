import { NestExpressApplication } from '@nestjs/platform-express';
import { DemoDirectory } from '../src/directory/demo-directory';
import { SeedDemoDirectory } from '../src/directory/seed-demo-directory';
import { bearer, http, startSupportService, stopSupportService } from './support/support-testbed';

const ids = (items: { id: string }[]) => items.map((item) => item.id);

describe('directory of support organisations', () => {
  let app: NestExpressApplication;
  const analyst = bearer(['operations-analyst']);
  const get = (path: string, token = analyst) => http(app).get(path).auth(token, { type: 'bearer' });

  beforeAll(async () => {
    app = await startSupportService();
  });
  afterAll(() => stopSupportService(app));

  it('lists the organisations narrowed by country, language and specialism', async () => {
    const belgium = await get('/organisations?country=BE').expect(200);
    expect(ids(belgium.body.items)).toEqual(['be-116006-helpline', 'be-harbourline-antwerp', 'be-lighthouse-brussels', 'be-safe-passage-liege']);
    expect(belgium.body).toMatchObject({ page: 1, pageSize: 20, total: 4 });
    const antwerp = DemoDirectory.find((organisation) => organisation.id === 'be-harbourline-antwerp');
    expect(belgium.body.items[1]).toEqual({ ...antwerp, openPlaces: antwerp?.capacity, taskChannel: 'inbox' });

    const romanian = await get('/organisations?country=be&language=ro&specialism=labour-exploitation').expect(200);
    expect(ids(romanian.body.items)).toEqual(['be-harbourline-antwerp']);
    const children = await get('/organisations?specialism=children').expect(200);
    expect(ids(children.body.items)).toEqual(['be-safe-passage-liege', 'nl-beacon-amsterdam']);
    const childReady = await get('/organisations?country=BE&child=true').expect(200);
    expect(ids(childReady.body.items)).toEqual(['be-116006-helpline', 'be-safe-passage-liege']);
  });

  it('pages through the whole directory, and seeding it again changes nothing', async () => {
    await app.get(SeedDemoDirectory).onModuleInit();

    const last = await get('/organisations?page=3&pageSize=3').expect(200);

    expect(last.body).toEqual({ items: [expect.objectContaining({ id: 'nl-beacon-amsterdam' })], page: 3, pageSize: 3, total: DemoDirectory.length });
  });

  it('ranks the organisations a referral would go to, saying why each one, the helpline last', async () => {
    const { body } = await get('/organisations/matches?country=BE&language=ro&specialism=labour-exploitation', bearer(['support-case-worker'], 'be-payoke')).expect(200);

    expect(body.need).toEqual({ country: 'BE', language: 'ro', specialism: 'labour-exploitation' });
    expect(body.matches.map((match: { rank: number; organisation: { id: string } }) => [match.rank, match.organisation.id])).toEqual([
      [1, 'be-harbourline-antwerp'],
      [2, 'be-lighthouse-brussels'],
      [3, 'be-116006-helpline'],
    ]);
    expect(body.matches[0].reasons).toEqual(['works in BE (Flanders)', 'specialised in labour-exploitation', 'speaks ro', '4 open place(s)']);
    expect(body.matches[2].reasons).toContain('runs the 116 006 helpline (fallback)');
    expect(body.skipped).toEqual([{ organisationId: 'be-safe-passage-liege', reason: 'not specialised in labour-exploitation' }]);
  });

  it('refuses an incomplete need, an unknown code and an operator smuggled into the query', async () => {
    const incomplete = await get('/organisations/matches?country=BE').expect(400);
    expect(incomplete.body.message).toEqual([
      'language must be an ISO 639-1 code such as "en"',
      expect.stringMatching(/^specialism must be one of the following values: /),
    ]);
    await get('/organisations?specialism=gardening').expect(400);
    await get('/organisations?country[$ne]=BE').expect(400);
    await get('/organisations?pageSize=1000').expect(400);
  });

  it('is open to operations analysts, support case workers and machine clients only', async () => {
    await get('/organisations', bearer(['service'])).expect(200);
    await get('/organisations', bearer(['first-responder'])).expect(403);
    await http(app).get('/organisations/matches?country=BE&language=ro&specialism=children').expect(401);
  });
});
