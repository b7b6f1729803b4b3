import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getModelToken } from '@nestjs/mongoose';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Model } from 'mongoose';
import { ProceedingMilestoneRecordedEvent } from '@harbour/contracts';
import { waitFor } from '@harbour/testing';
import { Milestone } from '../src/milestones/milestone';
import { MILESTONE_MODEL } from '../src/milestones/milestone.schema';
import { replayMilestonesCommand } from '../src/replay/replay-milestones.main';
import { justiceFacts, nationalMilestone, startJusticeService, stopJusticeService } from './support/justice-testbed';

describe('replaying milestones exported from a national system', () => {
  let app: NestExpressApplication;
  let milestones: Model<Milestone>;
  const replay = async (file: string) => {
    const output: string[] = [];
    const code = await replayMilestonesCommand([file, '--topic', process.env.JUSTICE_MILESTONES_TOPIC!], (text) => output.push(text));
    return { code, output: output.join('\n') };
  };
  const exportFile = (lines: string[]) => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'harbour-replay-')), 'export.jsonl');
    writeFileSync(file, `${lines.join('\n')}\n`);
    return file;
  };
  const recorded = (journeyId: string, count: number) =>
    waitFor(async () => {
      const found = await milestones.find({ journeyId }).lean<Milestone[]>();
      return found.length >= count && found;
    }, { description: `${count} milestone(s) recorded for ${journeyId}` });

  beforeAll(async () => {
    app = await startJusticeService();
    milestones = app.get(getModelToken(MILESTONE_MODEL));
  });
  afterAll(() => stopJusticeService(app));

  it('sends the good lines once, refuses the malformed ones with every reason, and exits non-zero', async () => {
    const journeyId = randomUUID();
    const opened = nationalMilestone(journeyId, { milestone: 'case-opened' });
    const charged = nationalMilestone(journeyId, { milestone: 'charges-brought' });
    const file = exportFile([
      JSON.stringify(opened),
      '{"messageId": "be-just-broken',
      JSON.stringify({ ...nationalMilestone(journeyId), milestone: 'acquitted', journeyId: 'Maria Popescu' }),
      '',
      JSON.stringify(opened),
      JSON.stringify(charged),
    ]);

    const { code, output } = await replay(file);

    expect(code).toBe(1);
    expect(output.split('\n')).toEqual([
      `line 1: accepted (${opened.messageId})`,
      'line 2: refused',
      expect.stringMatching(/^ {2}- not JSON: /),
      'line 3: refused',
      '  - journeyId must be a journey id (UUID)',
      expect.stringMatching(/^ {2}- milestone must be one of: case-opened, /),
      `line 5: duplicate of line 1 (${opened.messageId}), not sent again`,
      `line 6: accepted (${charged.messageId})`,
      `2 accepted and sent to ${process.env.JUSTICE_MILESTONES_TOPIC}, 2 refused, 1 duplicate(s)`,
    ]);
    const stored = await recorded(journeyId, 2);
    expect(stored.map((milestone) => milestone.messageId).sort()).toEqual([opened.messageId, charged.messageId].sort());
    const facts = await justiceFacts(journeyId, [ProceedingMilestoneRecordedEvent.type, ProceedingMilestoneRecordedEvent.type]);
    expect(facts.map((fact) => (fact.data as { milestone: string }).milestone)).toEqual(['case-opened', 'charges-brought']);
  });

  it('replays the example export whole, and a second replay records nothing new', async () => {
    const example = path.join(__dirname, '..', 'examples', 'national-milestones.jsonl');

    const first = await replay(example);
    const second = await replay(example);

    expect(first.code).toBe(0);
    expect(first.output).toMatch(/\n5 accepted and sent to .*, 0 refused, 0 duplicate\(s\)$/);
    expect(second.code).toBe(0);
    // A later milestone per journey travels behind the repeats on the same partitions: once it is in, they were taken in too.
    const journeys = ['3f6c2a1e-8b4d-4c7a-9e2f-1a2b3c4d5e6f', '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d', 'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f'];
    const later = journeys.map((journeyId) => nationalMilestone(journeyId, { milestone: 'final-judgement' }));
    expect((await replay(exportFile(later.map((milestone) => JSON.stringify(milestone))))).code).toBe(0);
    await recorded(journeys[0], 4);
    await recorded(journeys[1], 2);
    await recorded(journeys[2], 2);
    expect(await milestones.countDocuments({ messageId: /^be-just-2026-000/ })).toBe(5);
    expect(await Promise.all(journeys.map((journeyId) => milestones.countDocuments({ journeyId })))).toEqual([4, 2, 2]);
  });

  it('says how to use it when the file is missing', async () => {
    expect(await replay('/nonexistent/export.jsonl')).toEqual({ code: 2, output: expect.stringContaining('/nonexistent/export.jsonl: ENOENT') });
    const output: string[] = [];
    expect(await replayMilestonesCommand([], (text) => output.push(text))).toBe(2);
    expect(output).toEqual(['usage: npm run replay-milestones -- <milestones.jsonl> [--topic <inbound topic>]']);
  });
});
