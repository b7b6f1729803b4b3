export * from './victim-journey.workflow';
export * from './referral-handoff.workflow';
export { JourneyFactTypes } from './journey-facts';
export { JourneyDoorTypes, opensJourney } from './journey-doors';
