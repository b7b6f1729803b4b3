import {
  AgeUncertaintyReasons,
  CrimeTypes,
  DecisionTaskKinds,
  GroundsDecisions,
  IdentityAttributeKinds,
  NonPunishmentOffenceCategories,
  NrmReferralConsents,
  ScreeningRecommendations,
} from '@harbour/contracts';
import { describeServiceConformance } from '@harbour/testing';
import { CurrentIndicatorChecklist } from '../src/screenings/indicator-checklist';
import { startIdentificationService, stopIdentificationService } from './support/identification-testbed';

describeServiceConformance({
  context: 'identification',
  start: startIdentificationService,
  stop: stopIdentificationService,
  reader: { roles: ['nrm-decision-maker'] },
  outsider: { roles: ['compensation-officer'] },
  vocabularies: {
    crimeTypes: [...CrimeTypes],
    indicatorIds: CurrentIndicatorChecklist.indicators.map((indicator) => indicator.id),
    screeningRecommendations: [...ScreeningRecommendations],
    nrmReferralConsents: [...NrmReferralConsents],
    groundsDecisions: [...GroundsDecisions],
    decisionTaskKinds: [...DecisionTaskKinds],
    ageUncertaintyReasons: [...AgeUncertaintyReasons],
    nonPunishmentOffenceCategories: [...NonPunishmentOffenceCategories],
    identityAttributeKinds: [...IdentityAttributeKinds],
  },
  paths: [
    '/screenings',
    '/screenings/{id}',
    '/nrm-referrals',
    '/nrm-referrals/{id}',
    '/nrm-referrals/{id}/reasonable-grounds',
    '/nrm-referrals/{id}/conclusive-grounds',
    '/nrm-referrals/{id}/recovery-period-extensions',
    '/nrm-referrals/{id}/removals',
    '/decision-tasks',
    '/journeys/{journeyId}/age-uncertain',
    '/journeys/{journeyId}/guardian-requests',
    '/guardian-requests/{id}/appointment',
    '/journeys/{journeyId}/non-punishment-flags',
    '/journeys/{journeyId}/flags',
    '/journeys/{journeyId}/identity-records',
    '/possible-duplicates',
    '/possible-duplicates/{id}/merge',
    '/possible-duplicates/{id}/rejection',
  ],
});
