import { randomUUID } from 'node:crypto';
import { buildEvent, JourneyDoorFields, SelfReferralChannel, SelfReferralReceivedEvent, Specialism } from '@harbour/contracts';
import { outboxEntries, WithOutbox } from '@harbour/messaging';

/**
 * A person who came to a support organisation themselves (a helpline call, a walk-in): the door
 * of a new pseudonymous journey, whose support starts without a report, an identification or
 * cooperation (ATD Art 11(3)). Codes only; who the person is stays in the organisation's own files.
 */
export interface SelfReferral extends WithOutbox {
  _id: string;
  journeyId: string;
  organisationId: string;
  channel: SelfReferralChannel;
  country: string;
  region?: string;
  language?: string;
  specialism?: Specialism;
  receivedAt: Date;
  receivedBy: string;
}

export interface NewSelfReferral {
  organisationId: string;
  channel: SelfReferralChannel;
  door: JourneyDoorFields & { country: string };
  specialism?: Specialism;
  receivedBy: string;
}

/** The self-referral of a new journey, with its SelfReferralReceived fact in its outbox. */
export function receiveSelfReferral({ organisationId, channel, door, specialism, receivedBy }: NewSelfReferral, at: Date, id: string = randomUUID()): SelfReferral {
  const journeyId = randomUUID();
  const received = buildEvent(SelfReferralReceivedEvent, {
    id: randomUUID(),
    journeyId,
    time: at.toISOString(),
    data: { selfReferralId: id, channel, receivedAt: at.toISOString(), ...door, actingOrganisationId: organisationId, ...(specialism ? { specialism } : {}) },
  });
  const { country, region, language } = door;
  return {
    _id: id,
    journeyId,
    organisationId,
    channel,
    country,
    ...(region ? { region } : {}),
    ...(language ? { language } : {}),
    ...(specialism ? { specialism } : {}),
    receivedAt: at,
    receivedBy,
    outbox: outboxEntries([received]),
  };
}
