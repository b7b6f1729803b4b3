import { ReferralDeclineReasons, ReferralWithdrawalReasons, SpecialismForCrime, Specialisms } from '@harbour/contracts';
import { describeServiceConformance } from '@harbour/testing';
import { startSupportService, stopSupportService } from './support/support-testbed';

describeServiceConformance({
  context: 'support',
  start: startSupportService,
  stop: stopSupportService,
  reader: { roles: ['support-case-worker'], organisationId: 'be-harbourline-antwerp' },
  outsider: { roles: ['first-responder'] },
  vocabularies: {
    specialisms: [...Specialisms],
    specialismForCrime: SpecialismForCrime,
    referralDeclineReasons: [...ReferralDeclineReasons],
    referralWithdrawalReasons: [...ReferralWithdrawalReasons],
  },
  paths: [
    '/organisations',
    '/organisations/matches',
    '/organisations/{orgId}/tasks',
    '/organisations/{orgId}/tasks/{referralId}/accept',
    '/organisations/{orgId}/tasks/{referralId}/decline',
  ],
});
