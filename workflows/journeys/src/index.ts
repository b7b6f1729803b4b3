export * from './victim-journey.workflow';
export * from './referral-handoff.workflow';
export { JourneyFactTypes } from './journey-facts';
export { contextOf, JourneyDoorTypes, opensJourney } from './journey-doors';
