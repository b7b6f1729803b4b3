// Every workflow the journey worker serves; the worker bundles this file.
export { VictimJourney } from './victim-journey.workflow';
export { ReferralHandoff } from './referral-handoff.workflow';
