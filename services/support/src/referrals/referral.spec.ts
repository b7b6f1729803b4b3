import { randomUUID } from 'node:crypto';
import { ReferralDeclinedEvent, ReferralOfferedEvent, validateEvent } from '@harbour/contracts';
import { DemoDirectory } from '../directory/demo-directory';
import { offerTo, planStep } from './referral';
import { ReferralTransitionError } from './referral-status';

const antwerp = DemoDirectory[0];
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
    const referral = offerTo(antwerp, command, offeredAt);

    expect(referral).toMatchObject({ organisationId: antwerp.id, status: 'offered', helpline: false, acceptBy: new Date(command.acceptBy) });
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
    const referral = offerTo(antwerp, command, offeredAt);
    const at = new Date('2026-03-02T12:00:00.000Z');

    const change = planStep(referral, { action: 'decline', reason: 'no-capacity' }, 'case-worker-7', at);

    expect(change).toMatchObject({ status: 'declined', fields: { declineReason: 'no-capacity' }, history: { action: 'decline', at, actor: 'case-worker-7' } });
    expect(change.event).toMatchObject({ type: ReferralDeclinedEvent.type, subject: command.journeyId });
    expect(validateEvent(change.event)).toEqual({ ok: true, value: expect.anything() });
  });

  it('refuses a step the status table does not allow', () => {
    const withdrawn = { ...offerTo(antwerp, command, offeredAt), status: 'withdrawn' as const };

    expect(() => planStep(withdrawn, { action: 'accept' }, 'case-worker-7', new Date())).toThrow(new ReferralTransitionError('withdrawn', 'accept'));
  });
});
