import { randomUUID } from 'node:crypto';
import { NestExpressApplication } from '@nestjs/platform-express';
import { ApplicationFailure } from '@temporalio/common';
import { IdentificationActivities } from '@harbour/contracts';
import { connectTemporalClient, runHarbourWorker } from '@harbour/temporal';
import { uniqueName } from '@harbour/testing';
import { createIdentificationActivities } from '../src/activities/identification-activities';
import { IdentificationActivityWorker } from '../src/activities/identification-activity-worker';
import { OpenDecisionTask } from '../src/nrm-referrals/open-decision-task';
import type { openDecisionTaskThroughTemporal } from './support/open-decision-task-through-temporal.workflow';
import { decisionMaker, firstResponder, http, startIdentificationService, stopIdentificationService } from './support/identification-testbed';

describe('identification activities', () => {
  let app: NestExpressApplication;
  let identification: IdentificationActivities;
  const refer = async () => {
    const journeyId = randomUUID();
    const { body } = await http(app).post('/nrm-referrals').auth(firstResponder, { type: 'bearer' }).send({ journeyId, ageGroup: 'child', consent: 'not-required-child' }).expect(201);
    return { journeyId, nrmReferralId: body.nrmReferralId as string };
  };

  beforeAll(async () => {
    app = await startIdentificationService();
    identification = createIdentificationActivities({ openDecisionTask: app.get(OpenDecisionTask) });
  });
  afterAll(() => stopIdentificationService(app));

  it("opens a decision task through Temporal on the service's own task queue, once however often asked", async () => {
    const queue = app.get(IdentificationActivityWorker).taskQueue;
    expect(queue).toBe(process.env.IDENTIFICATION_TASK_QUEUE);
    const journeyQueue = uniqueName('identification-test-journey');
    const journeyWorker = await runHarbourWorker({ taskQueue: journeyQueue, workflowsPath: require.resolve('./support/open-decision-task-through-temporal.workflow') });
    const client = await connectTemporalClient();
    const { journeyId, nrmReferralId } = await refer();
    await http(app).post(`/nrm-referrals/${nrmReferralId}/reasonable-grounds`).auth(decisionMaker, { type: 'bearer' }).send({ decision: 'positive', reasons: 'a' }).expect(200);
    try {
      const command = { journeyId, nrmReferralId, kind: 'conclusive-grounds' as const };
      const run = () =>
        client.workflow.execute<typeof openDecisionTaskThroughTemporal>('openDecisionTaskThroughTemporal', { taskQueue: journeyQueue, workflowId: uniqueName('identification-test-task'), args: [queue, command] });

      const [first, second] = [await run(), await run()];

      expect(first).toEqual({ nrmReferralId, kind: 'conclusive-grounds', openedAt: expect.any(String) });
      expect(second).toEqual(first);
      const tasks = await http(app).get('/decision-tasks?kind=conclusive-grounds&limit=200').auth(decisionMaker, { type: 'bearer' }).expect(200);
      expect(tasks.body.filter((task: { nrmReferralId: string }) => task.nrmReferralId === nrmReferralId)).toEqual([expect.objectContaining({ openedAt: first.openedAt })]);
    } finally {
      await client.connection.close();
      await journeyWorker.shutdown();
    }
  });

  it('fails for good on a malformed command, an unknown referral or a decision the referral does not await', async () => {
    const malformed = identification.openDecisionTask({ journeyId: 'maria-popescu', nrmReferralId: randomUUID(), kind: 'final' as never });
    await expect(malformed).rejects.toBeInstanceOf(ApplicationFailure);
    await expect(malformed).rejects.toMatchObject({ nonRetryable: true, message: expect.stringMatching(/journeyId must be a UUID.*kind must be one of/) });

    const unknownId = randomUUID();
    await expect(identification.openDecisionTask({ journeyId: randomUUID(), nrmReferralId: unknownId, kind: 'reasonable-grounds' })).rejects.toMatchObject({
      nonRetryable: true,
      message: `NRM referral ${unknownId} not found`,
    });

    const { journeyId, nrmReferralId } = await refer();
    await expect(identification.openDecisionTask({ journeyId: randomUUID(), nrmReferralId, kind: 'reasonable-grounds' })).rejects.toMatchObject({ nonRetryable: true });
    await expect(identification.openDecisionTask({ journeyId, nrmReferralId, kind: 'conclusive-grounds' })).rejects.toMatchObject({
      nonRetryable: true,
      message: 'no conclusive-grounds decision now: the referral awaits its reasonable-grounds decision first',
    });
    expect(await identification.openDecisionTask({ journeyId, nrmReferralId, kind: 'reasonable-grounds' })).toMatchObject({ nrmReferralId, kind: 'reasonable-grounds' });
  });
});
