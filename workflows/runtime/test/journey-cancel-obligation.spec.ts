import { cancelObligationUpdate, journeyWorkflowId } from '@harbour/contracts';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { JourneyClocks } from './support/journey-clocks';
import { dueAtOf, obligationOf } from './support/journey-state';
import { HOUR, JourneyTestbed } from './support/journey-testbed';

describe('operations cancel an obligation through a validated update', () => {
  let testbed: JourneyTestbed;
  let clocks: JourneyClocks;
  beforeAll(async () => ({ testbed, clocks } = await JourneyClocks.start(['be-payoke'])));
  afterAll(() => testbed?.teardown());

  const cancel = (journeyId: string, obligationId: string, reason: string) =>
    testbed.env.client.workflow
      .getHandle(journeyWorkflowId(journeyId))
      .executeUpdate(cancelObligationUpdate, { args: [{ obligationId, reason: reason as 'entered-in-error' }] });

  const refusal = (attempt: Promise<unknown>) =>
    attempt.then(
      () => 'accepted',
      (error: unknown) => (error instanceof WorkflowUpdateFailedError ? String((error.cause as Error | undefined)?.message) : `unexpected ${String(error)}`),
    );

  it('a cancelled obligation is published as cancelled, stops its clock and is never missed', async () => {
    const { journeyId, state } = await clocks.journeyFromReport({ formalComplaint: false });
    const cancelled = await cancel(journeyId, 'vrd-22-individual-assessment#1', 'duplicate-journey');
    expect(cancelled).toMatchObject({ obligationId: 'vrd-22-individual-assessment#1', status: 'cancelled', evidence: 'cancelled by operations: duplicate-journey' });

    await clocks.skipTo(Date.parse(dueAtOf(state, 'vrd-22-individual-assessment#1')) + HOUR);
    expect(obligationOf(await testbed.state(journeyId), 'vrd-22-individual-assessment#1').status).toBe('cancelled');
    // Published once, when cancelled, with its reason code and when it opened; nothing at its due time.
    expect(clocks.outcomesOf(journeyId, 'vrd-22-individual-assessment#1')).toEqual(['cancelled']);
    const [published] = testbed.journeyActivities.outcomesOf(journeyId).filter((command) => command.fact.obligationId === 'vrd-22-individual-assessment#1');
    expect(published.fact).toMatchObject({ reasonCode: 'duplicate-journey', openedAt: obligationOf(state, 'vrd-22-individual-assessment#1').openedAt });
  });

  it('refuses, with a message that says why, an unknown or closed obligation, one the hand-off keeps, or an unknown reason; the journey stays as it was', async () => {
    const { journeyId } = await clocks.journeyFromReport({ formalComplaint: false });
    await testbed.until(journeyId, 'the first offer', (state) => state.referrals.length === 1);
    await cancel(journeyId, 'vrd-4-information#1', 'entered-in-error');
    const before = await testbed.state(journeyId);

    expect(await refusal(cancel(journeyId, 'vrd-99-unknown#1', 'entered-in-error'))).toBe(
      'the journey has no obligation vrd-99-unknown#1 of its own (the referral hand-off keeps vrd-8)',
    );
    expect(await refusal(cancel(journeyId, 'vrd-8-support-contact#1', 'entered-in-error'))).toMatch(/no obligation vrd-8-support-contact#1 of its own/);
    expect(await refusal(cancel(journeyId, 'vrd-4-information#1', 'entered-in-error'))).toBe('obligation vrd-4-information#1 is already cancelled');
    expect(await refusal(cancel(journeyId, 'vrd-22-individual-assessment#1', 'because I said so'))).toMatch(/^reason must be one of entered-in-error, /);

    expect(await testbed.state(journeyId)).toEqual(before);
  });
});
