import { randomUUID } from 'node:crypto';
import {
  buildEvent,
  EventDefinition,
  NrmReferralSubmittedEvent,
  ParticipantJoinedEvents,
  ReferralAcceptedEvent,
  ReferralDeclinedEvent,
  ReferralOfferedEvent,
  ReferralWithdrawnEvent,
} from '@harbour/contracts';
import {
  applyParticipationFact,
  DefaultNationalScope,
  JourneyParticipants,
  mayJoin,
  nationalScopeFromEnv,
  noParticipants,
  participationOf,
  Principal,
  Role,
  SecurityConfigurationError,
} from '../src';

const journeyId = randomUUID();
const referralId = randomUUID();
const at = '2026-03-02T09:30:00.000Z';
const fact = <T extends object>(definition: EventDefinition<T>, data: T) => buildEvent(definition, { id: randomUUID(), journeyId, time: at, data });
const fold = (...facts: ReturnType<typeof fact>[]) => facts.reduce(applyParticipationFact, noParticipants(journeyId));
const caller = (role: Role, organisationId?: string): Principal => ({ subject: `test-${role}`, roles: [role], ...(organisationId ? { organisationId } : {}) });

const reported = fact(ParticipantJoinedEvents.reporting, { organisationId: 'be-police-antwerp', basis: 'reported', joinedAt: at });
const offered = fact(ReferralOfferedEvent, { referralId, organisationId: 'be-payoke', specialism: 'labour-exploitation', attempt: 1, helpline: false, offeredAt: at, acceptBy: at });
const accepted = fact(ReferralAcceptedEvent, { referralId, organisationId: 'be-payoke', acceptedAt: at });

describe('journey participants', () => {
  it('counts the organisation that reported as a participant on that basis, for its first responders only', () => {
    const journey = fold(reported);
    expect(participationOf(caller('first-responder', 'be-police-antwerp'), journey, DefaultNationalScope)).toEqual({ kind: 'organisation', organisationId: 'be-police-antwerp', basis: 'reported' });
    expect(participationOf(caller('prosecutor-liaison', 'be-police-antwerp'), journey, DefaultNationalScope)).toBeUndefined();
    expect(participationOf(caller('first-responder', 'be-police-gent'), journey, DefaultNationalScope)).toBeUndefined();
  });

  it('shows an organisation only offered the referral nothing of the journey, and takes even the offer away on decline', () => {
    const journey = fold(reported, offered);
    expect(journey.offers).toEqual([{ organisationId: 'be-payoke', referralId }]);
    expect(participationOf(caller('support-case-worker', 'be-payoke'), journey, DefaultNationalScope)).toBeUndefined();
    expect(fold(reported, offered, fact(ReferralDeclinedEvent, { referralId, organisationId: 'be-payoke', reason: 'no-capacity', declinedAt: at })).offers).toEqual([]);
  });

  it('makes the organisation that accepted a participant until the referral is withdrawn', () => {
    const journey = fold(reported, offered, accepted);
    expect(journey.offers).toEqual([]);
    expect(participationOf(caller('support-case-worker', 'be-payoke'), journey, DefaultNationalScope)).toMatchObject({ basis: 'accepted-referral' });
    const revoked = applyParticipationFact(journey, fact(ReferralWithdrawnEvent, { referralId, organisationId: 'be-payoke', reason: 'revoked', withdrawnAt: at }));
    expect(participationOf(caller('support-case-worker', 'be-payoke'), revoked, DefaultNationalScope)).toBeUndefined();
  });

  it('gives the same participants when a fact is delivered twice', () => {
    expect(fold(reported, offered, accepted, reported, accepted)).toEqual(fold(reported, offered, accepted));
  });

  it('gives NRM decision makers the journeys referred to the NRM, and only those', () => {
    const referred = fold(reported, fact(NrmReferralSubmittedEvent, { nrmReferralId: randomUUID(), consent: 'recorded', submittedAt: at }));
    const decisionMaker = caller('nrm-decision-maker');
    expect(participationOf(decisionMaker, fold(reported), DefaultNationalScope)).toBeUndefined();
    expect(participationOf(decisionMaker, referred, DefaultNationalScope)).toMatchObject({ kind: 'national-scope', role: 'nrm-decision-maker', legalBasis: expect.stringContaining('Art 11(4)') });
    expect(fold(fact(ParticipantJoinedEvents.identification, { organisationId: 'be-police-antwerp', basis: 'referred-to-nrm', joinedAt: at })).referredToNrm).toBe(true);
  });

  it('gives auditors every journey, with the legal basis of their scope', () => {
    expect(participationOf(caller('auditor'), noParticipants(journeyId), DefaultNationalScope)).toMatchObject({ kind: 'national-scope', legalBasis: expect.stringContaining('GDPR') });
  });

  it('lets the first authority of a kind take the case, and no other authority of that kind after it', () => {
    const withProtection = fold(reported, fact(ParticipantJoinedEvents.protection, { organisationId: 'be-protection-antwerp', basis: 'protection-authority', joinedAt: at }));
    expect(mayJoin(caller('protection-officer', 'be-protection-antwerp'), withProtection, 'protection-authority')).toBe(true);
    expect(mayJoin(caller('protection-officer', 'be-protection-gent'), withProtection, 'protection-authority')).toBe(false);
    expect(mayJoin(caller('prosecutor-liaison', 'be-parquet-antwerpen'), withProtection, 'justice-authority')).toBe(true);
    expect(mayJoin(caller('prosecutor-liaison'), withProtection, 'justice-authority')).toBe(false);
  });

  it('opens a journey nobody takes part in to any door, but never another organisation\'s to a newcomer', () => {
    const screener = caller('first-responder', 'be-police-gent');
    expect(mayJoin(screener, noParticipants(journeyId), 'screened')).toBe(true);
    expect(mayJoin(screener, fold(reported), 'screened')).toBe(false);
    expect(mayJoin(caller('first-responder', 'be-police-antwerp'), fold(reported), 'referred-to-nrm')).toBe(true);
    expect(mayJoin(caller('support-case-worker', 'be-outsider'), noParticipants(journeyId), 'accepted-referral')).toBe(false);
  });
});

describe('national scope from the environment', () => {
  it('reads the roles, their journeys and their legal basis', () => {
    const scope = nationalScopeFromEnv({ HARBOUR_NATIONAL_SCOPE: JSON.stringify([{ role: 'auditor', journeys: 'all', legalBasis: 'Wet 30 juli 2018 Art 4' }]) });
    expect(scope.grants).toEqual([{ role: 'auditor', journeys: 'all', legalBasis: 'Wet 30 juli 2018 Art 4' }]);
    const journey: JourneyParticipants = noParticipants(journeyId);
    expect(participationOf(caller('operations-analyst'), journey, scope)).toBeUndefined();
  });

  it('stops at boot with the entry that is wrong', () => {
    expect(() => nationalScopeFromEnv({ HARBOUR_NATIONAL_SCOPE: '[{"role":"auditor","journeys":"all"}]' })).toThrow(
      new SecurityConfigurationError('HARBOUR_NATIONAL_SCOPE[0].legalBasis must name the law that gives auditor its scope'),
    );
    expect(() => nationalScopeFromEnv({ HARBOUR_NATIONAL_SCOPE: '[{"role":"judge","journeys":"all","legalBasis":"x y z"}]' })).toThrow(/\[0\]\.role must be a Harbour role/);
    expect(() => nationalScopeFromEnv({ HARBOUR_NATIONAL_SCOPE: '{' })).toThrow(/JSON array/);
  });
});
