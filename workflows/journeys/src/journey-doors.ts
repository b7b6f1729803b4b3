import { CrimeType, JourneyFact, Specialism, SpecialismForCrime } from '@harbour/contracts/journey';

/**
 * The facts that may open a journey: the first contact from each of the six doors. Any other
 * fact is about a journey someone already opened; for an unknown journey it is refused (dead
 * letter with the reason), never turned into an empty journey. A proceeding milestone opens a
 * journey only when it names the organisation that acted, i.e. when the justice system is the
 * door (a victim first met in proceedings); a bare milestone needs an open journey.
 */
const doors: Record<string, { opensOnlyWith?: string }> = {
  'harbour.reporting.report.received.v1': {},
  // An anonymous case has a journey of its own, with no person to hand over to support.
  'harbour.reporting.anonymous-report.received.v1': {},
  'harbour.identification.screening.completed.v1': {},
  'harbour.identification.nrm-referral.submitted.v1': {},
  'harbour.support.self-referral.received.v1': {},
  'harbour.protection.order.issued.v1': {},
  'harbour.justice.proceeding-milestone.recorded.v1': { opensOnlyWith: 'actingOrganisationId' },
  'harbour.compensation.claim.opened.v1': {},
};

/** The doors whose facts tell the journey about the person's situation; an anonymous report does not. */
const contextDoors = new Set(Object.keys(doors).filter((type) => type !== 'harbour.reporting.anonymous-report.received.v1'));

export const JourneyDoorTypes: readonly string[] = Object.keys(doors);

/** Whether this fact may start a journey that does not exist yet. */
export function opensJourney(fact: Pick<JourneyFact, 'type' | 'data'>): boolean {
  const door = doors[fact.type];
  if (!door) return false;
  return door.opensOnlyWith === undefined || typeof fact.data[door.opensOnlyWith] === 'string';
}

/** What a door's fact tells the journey, each part when known. */
export interface JourneyContext {
  country?: string;
  region?: string;
  language?: string;
  actingOrganisationId?: string;
  specialism?: Specialism;
}

/** The context a fact carries, or undefined for a fact that is not from a door. */
export function contextOf(fact: Pick<JourneyFact, 'type' | 'data'>): JourneyContext | undefined {
  if (!contextDoors.has(fact.type)) return undefined;
  const text = (field: string) => (typeof fact.data[field] === 'string' ? (fact.data[field] as string) : undefined);
  const crimeType = text('crimeType') as CrimeType | undefined;
  const specialism = (text('specialism') as Specialism | undefined) ?? (crimeType && SpecialismForCrime[crimeType]);
  const context: JourneyContext = {
    country: text('country'),
    region: text('region'),
    language: text('language'),
    actingOrganisationId: text('actingOrganisationId'),
    specialism,
  };
  return Object.fromEntries(Object.entries(context).filter(([, value]) => value !== undefined)) as JourneyContext;
}
