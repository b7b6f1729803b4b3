import {
  CaseHoldingBases,
  CloudEvent,
  NrmReferralSubmittedEvent,
  ParticipantJoined,
  ParticipantJoinedEvents,
  ParticipationBasis,
  ReferralAccepted,
  ReferralAcceptedEvent,
  ReferralDeclinedEvent,
  ReferralOffered,
  ReferralOfferedEvent,
  ReferralWithdrawnEvent,
} from '@harbour/contracts';
import { Principal } from '../principal';
import { Role } from '../roles';
import { NationalScope } from './national-scope';

/** An organisation that takes part in a journey, and why. */
export interface Participant {
  organisationId: string;
  basis: ParticipationBasis;
  since: string;
  /** For a support organisation: the referral it accepted (it takes part as long as one of them stands). */
  referralId?: string;
}

/** A referral offered to an organisation that has not answered yet: it sees the pseudonymous offer only. */
export interface PendingOffer {
  organisationId: string;
  referralId: string;
}

/** What a service knows of who takes part in one journey, folded from the journey's facts. */
export interface JourneyParticipants {
  journeyId: string;
  participants: Participant[];
  offers: PendingOffer[];
  referredToNrm: boolean;
}

/** Why the caller may act on the journey: their organisation's part in it, or the national scope of their role. */
export type Participation =
  | { kind: 'organisation'; organisationId: string; basis: ParticipationBasis }
  | { kind: 'national-scope'; role: Role; legalBasis: string };

const joinedTypes = new Set<string>(Object.values(ParticipantJoinedEvents).map((definition) => definition.type));

/** The fact types a participants projection needs; every other fact leaves it unchanged. */
export const ParticipationFactTypes: readonly string[] = [
  ...joinedTypes,
  ReferralOfferedEvent.type,
  ReferralAcceptedEvent.type,
  ReferralDeclinedEvent.type,
  ReferralWithdrawnEvent.type,
  NrmReferralSubmittedEvent.type,
];

export const noParticipants = (journeyId: string): JourneyParticipants => ({ journeyId, participants: [], offers: [], referredToNrm: false });

/**
 * The journey's participants after one more fact. A pure fold: applying a fact twice, or
 * facts of one topic in their order after a redelivery, gives the same participants.
 */
export function applyParticipationFact(current: JourneyParticipants, event: CloudEvent): JourneyParticipants {
  const withParticipant = (participant: Participant): JourneyParticipants =>
    current.participants.some((known) => known.organisationId === participant.organisationId && known.basis === participant.basis && known.referralId === participant.referralId)
      ? current
      : { ...current, participants: [...current.participants, participant] };
  const withoutOffer = (referralId: string) => current.offers.filter((offer) => offer.referralId !== referralId);

  if (joinedTypes.has(event.type)) {
    const { organisationId, basis, joinedAt } = event.data as ParticipantJoined;
    const joined = withParticipant({ organisationId, basis, since: joinedAt });
    return basis === 'referred-to-nrm' && !joined.referredToNrm ? { ...joined, referredToNrm: true } : joined;
  }
  switch (event.type) {
    case ReferralOfferedEvent.type: {
      const { organisationId, referralId } = event.data as ReferralOffered;
      if (current.offers.some((offer) => offer.referralId === referralId)) return current;
      return { ...current, offers: [...current.offers, { organisationId, referralId }] };
    }
    case ReferralAcceptedEvent.type: {
      const { organisationId, referralId, acceptedAt } = event.data as ReferralAccepted;
      const accepted = withParticipant({ organisationId, basis: 'accepted-referral', since: acceptedAt, referralId });
      return { ...accepted, offers: withoutOffer(referralId) };
    }
    case ReferralDeclinedEvent.type:
      return { ...current, offers: withoutOffer((event.data as { referralId: string }).referralId) };
    case ReferralWithdrawnEvent.type: {
      // A withdrawn referral takes its organisation off the journey, even after it had accepted (revoked).
      const { referralId } = event.data as { referralId: string };
      return { ...current, offers: withoutOffer(referralId), participants: current.participants.filter((known) => known.referralId !== referralId) };
    }
    case NrmReferralSubmittedEvent.type:
      return { ...current, referredToNrm: true };
    default:
      return current;
  }
}

/** The caller's part in the journey, or undefined when they take no part (the route then answers 404). */
export function participationOf(principal: Principal, journey: JourneyParticipants, scope: NationalScope): Participation | undefined {
  for (const grant of scope.grants) {
    if (!principal.roles.includes(grant.role)) continue;
    if (grant.journeys === 'all' || journey.referredToNrm) return { kind: 'national-scope', role: grant.role, legalBasis: grant.legalBasis };
  }
  const organisationId = principal.organisationId;
  if (organisationId === undefined) return undefined;
  const own = journey.participants.find((participant) => participant.organisationId === organisationId && basisFitsRoles(participant.basis, principal.roles));
  return own ? { kind: 'organisation', organisationId, basis: own.basis } : undefined;
}

/**
 * May the caller's act make its organisation a participant on `basis`? A journey nobody takes
 * part in yet may begin at any door. A case is held by one authority of each kind: the first
 * to act takes it, and once another organisation holds it the act is refused like any foreign
 * journey's. Otherwise only an organisation already on the journey adds to its part.
 */
export function mayJoin(principal: Principal, journey: JourneyParticipants, basis: ParticipationBasis): boolean {
  const organisationId = principal.organisationId;
  if (organisationId === undefined || !basisFitsRoles(basis, principal.roles)) return false;
  // A support organisation takes part only by accepting a referral that was offered to it.
  if (basis === 'accepted-referral') return false;
  if (CaseHoldingBases.includes(basis)) {
    return journey.participants.every((participant) => participant.basis !== basis || participant.organisationId === organisationId);
  }
  const unclaimed = journey.participants.length === 0 && journey.offers.length === 0;
  return unclaimed || journey.participants.some((participant) => participant.organisationId === organisationId);
}

/** The roles through which an organisation acts on each basis: a police force that reported is not thereby a prosecutor. */
export const RolesOfBasis: Record<ParticipationBasis, readonly Role[]> = {
  reported: ['first-responder', 'service'],
  screened: ['first-responder'],
  'referred-to-nrm': ['first-responder'],
  'accepted-referral': ['support-case-worker'],
  'protection-authority': ['protection-officer'],
  'justice-authority': ['prosecutor-liaison', 'service'],
  'compensation-authority': ['compensation-officer'],
};

function basisFitsRoles(basis: ParticipationBasis, roles: readonly Role[]): boolean {
  return RolesOfBasis[basis].some((role) => roles.includes(role));
}
