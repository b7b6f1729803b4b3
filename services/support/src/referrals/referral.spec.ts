import { randomUUID } from 'node:crypto';
import { ReferralCompletedEvent, ReferralDeclinedEvent, ReferralOfferedEvent, ReferralStartedEvent, ReferralWithdrawnEvent, validateEvent } from '@harbour/contracts';
import { DemoDirectory } from '../directory/demo-directory';
import { Organisation } from '../directory/organisation';
import { offerTo, planStep } from './referral';
import { ReferralTransitionError } from './referral-status';

const antwerp: Organisation = { ...DemoDirectory[0], openPlaces: DemoDirectory[0].capacity, taskChannel: 'inbox' };
const offeredAt = new Date('2026-03-02T09:31:00.000Z');
const command = {
  journeyId: randomUUID(),
  offerKey: 'journey-x-referral-1#1',
  attempt: 1,
  country: 'BE',
  language: 'ro',
  specialism: 'labour-exploitation' as const,
  excludeOrganisationIds: [],
  acceptBy: '2026-03-04T09:31:00.000Z',
};

describe('referral', () => {
  it('is offered with the offer in its history and ReferralOffered waiting in its outbox', () => {
    const referral = offerTo(antwerp, command, 'consent', offeredAt);

    expect(referral).toMatchObject({ organisationId: antwerp.id, status: 'offered', helpline: false, basis: 'consent', acceptBy: new Date(command.acceptBy) });
    expect(referral.history).toEqual([{ action: 'offer', at: offeredAt, actor: 'journey' }]);
    expect(referral.outbox).toHaveLength(1);
    expect(referral.outbox[0]).toMatchObject({ topic: 'harbour.support.v1', record: { key: command.journeyId, headers: { ce_type: ReferralOfferedEvent.type } } });
    expect(JSON.parse(referral.outbox[0].record.value)).toEqual({
      referralId: referral._id,
      organisationId: antwerp.id,
      specialism: 'labour-exploitation',
      attempt: 1,
      helpline: false,
      offeredAt: offeredAt.toISOString(),
      acceptBy: command.acceptBy,
    });
  });

  it('records a decline with its reason, who declined, and a valid ReferralDeclined fact', () => {
    const referral = offerTo(antwerp, command, 'consent', offeredAt);
    const at = new Date('2026-03-02T12:00:00.000Z');

    const change = planStep(referral, { action: 'decline', reason: 'no-capacity' }, 'case-worker-7', at);

    expect(change).toMatchObject({ status: 'declined', fields: { declineReason: 'no-capacity' }, history: { action: 'decline', at, actor: 'case-worker-7' } });
    expect(change.event).toMatchObject({ type: ReferralDeclinedEvent.type, subject: command.journeyId });
    expect(validateEvent(change.event)).toEqual({ ok: true, value: expect.anything() });
  });

  it('refuses a step the status table does not allow', () => {
    const withdrawn = { ...offerTo(antwerp, command, 'consent', offeredAt), status: 'withdrawn' as const };

    expect(() => planStep(withdrawn, { action: 'accept' }, 'case-worker-7', new Date())).toThrow(new ReferralTransitionError('withdrawn', 'accept'));
  });

  it.each([
    ['accepted', 'start', 'in-progress', ReferralStartedEvent, 'startedAt'],
    ['in-progress', 'complete', 'completed', ReferralCompletedEvent, 'completedAt'],
  ] as const)('moves a referral %s on %s to %s and publishes its fact', (from, action, to, definition, timeField) => {
    const referral = { ...offerTo(antwerp, command, 'consent', offeredAt), status: from };
    const at = new Date('2026-03-03T10:00:00.000Z');

    const change = planStep(referral, { action }, 'case-worker-7', at);

    expect(change).toMatchObject({ status: to, history: { action, at, actor: 'case-worker-7' } });
    expect(change.event).toMatchObject({ type: definition.type, data: { referralId: referral._id, organisationId: antwerp.id, [timeField]: at.toISOString() } });
    expect(validateEvent(change.event).ok).toBe(true);
  });

  it('publishes a revocation by Harbour as ReferralWithdrawn with the reason "revoked"', () => {
    const referral = { ...offerTo(antwerp, command, 'consent', offeredAt), status: 'in-progress' as const };

    const change = planStep(referral, { action: 'revoke' }, 'analyst-2', new Date());

    expect(change).toMatchObject({ status: 'revoked', fields: { withdrawalReason: 'revoked' } });
    expect(change.event).toMatchObject({ type: ReferralWithdrawnEvent.type, data: { reason: 'revoked' } });
  });
});
