import { cancelObligationUpdate, journeyFactSignal, journeyWorkflowId } from '@harbour/contracts';
import { Client, WorkflowUpdateFailedError } from '@temporalio/client';
import { PayloadCodec } from '@temporalio/common';
import { EncryptionCodec, failureConverterPath, loadPayloadKey } from '@harbour/temporal';
import { journeyFactOf } from '../src/journey-router';
import { referralAccepted, reportReceived } from './support/journey-facts';
import { JourneyTestbed } from './support/journey-testbed';

// Someone who reaches Temporal but holds no payload key (a plain client, the CLI) cannot steer a journey.
describe('a journey refuses payloads Harbour did not encrypt', () => {
  let testbed: JourneyTestbed;
  let plain: Client;
  const warnings: string[] = [];

  beforeAll(async () => {
    testbed = await JourneyTestbed.start();
    testbed.support.organisations = ['be-payoke'];
    // Sends payloads in clear JSON; reads answers with Harbour's key only so the test can see why it was refused.
    const harbourCodec = new EncryptionCodec(loadPayloadKey(testbed.settings));
    const clearSender: PayloadCodec = { encode: async (payloads) => payloads, decode: (payloads) => harbourCodec.decode(payloads) };
    plain = new Client({ connection: testbed.env.connection, namespace: 'default', dataConverter: { payloadCodecs: [clearSender], failureConverterPath } });
    jest.spyOn(console, 'warn').mockImplementation((line: unknown) => void warnings.push(String(line)));
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await testbed?.teardown();
  });

  const offeredJourney = async () => {
    const journeyId = testbed.newJourneyId();
    await testbed.send(reportReceived(journeyId, { receivedAt: new Date(await testbed.now()).toISOString(), formalComplaint: true }));
    return { journeyId, state: await testbed.until(journeyId, 'the first offer', (state) => state.referrals.length === 1) };
  };

  it('drops a forged signal, logs the refusal without the payload, and goes on with genuine facts', async () => {
    const { journeyId, state } = await offeredJourney();
    const { referralId, organisationId } = state.referrals[0];
    const forged = referralAccepted(journeyId, { referralId, organisationId: 'forged-organisation', acceptedAt: new Date(await testbed.now()).toISOString() });
    await plain.workflow.getHandle(journeyWorkflowId(journeyId)).signal(journeyFactSignal, journeyFactOf(forged));

    // A genuine fact after it is taken: the forged one was dropped, not queued or counted.
    await testbed.send(reportReceived(journeyId, { receivedAt: new Date(await testbed.now()).toISOString(), formalComplaint: false }));
    const after = await testbed.until(journeyId, 'the genuine fact', (current) => current.factsSeen === state.factsSeen + 1);
    expect(after).toMatchObject({ stage: 'referred', referrals: [expect.objectContaining({ status: 'offered' })] });
    expect(warnings).toContain('harbour: refused a Temporal payload (not-encrypted)');
    expect(warnings.join('\n')).not.toContain('forged-organisation');

    await testbed.send(referralAccepted(journeyId, { referralId, organisationId, acceptedAt: new Date(await testbed.now()).toISOString() }));
    await testbed.until(journeyId, 'stage supported', (current) => current.stage === 'supported');
  });

  it('rejects a forged update and leaves the obligation open', async () => {
    const { journeyId } = await offeredJourney();
    const attempt = plain.workflow
      .getHandle(journeyWorkflowId(journeyId))
      .executeUpdate(cancelObligationUpdate, { args: [{ obligationId: 'vrd-4-information#1', reason: 'entered-in-error' }] });
    const refusal = await attempt.then(
      () => 'accepted',
      (error: unknown) => (error instanceof WorkflowUpdateFailedError ? String((error.cause as Error | undefined)?.message) : `unexpected ${String(error)}`),
    );
    expect(refusal).toBe('update cancelObligation refused: its payload was not encrypted by Harbour (not-encrypted)');
    const state = await testbed.state(journeyId);
    expect(state.obligations.find((obligation) => obligation.obligationId === 'vrd-4-information#1')?.status).toBe('open');
  });
});
