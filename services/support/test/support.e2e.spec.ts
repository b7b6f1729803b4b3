import { ReferralDeclineReasons, ReferralWithdrawalReasons, SpecialismForCrime, Specialisms } from '@harbour/contracts';
import { describeServiceConformance } from '@harbour/testing';
import { ReferralBasisRecordings } from '../src/referral-basis/referral-basis';
import { SupportNeedCodes } from '../src/support-plans/support-needs';
import { startSupportService, stopSupportService } from './support/support-testbed';

describeServiceConformance({
  context: 'support',
  start: () => startSupportService(),
  stop: stopSupportService,
  reader: { roles: ['support-case-worker'], organisationId: 'be-harbourline-antwerp' },
  outsider: { roles: ['first-responder'] },
  vocabularies: {
    specialisms: [...Specialisms],
    specialismForCrime: SpecialismForCrime,
    referralDeclineReasons: [...ReferralDeclineReasons],
    referralWithdrawalReasons: [...ReferralWithdrawalReasons],
    referralBases: [...ReferralBasisRecordings],
    supportNeeds: [...SupportNeedCodes],
  },
  paths: [
    '/organisations',
    '/organisations/matches',
    '/organisations/{orgId}/tasks',
    '/organisations/{orgId}/tasks/{referralId}/accept',
    '/organisations/{orgId}/tasks/{referralId}/decline',
    '/organisations/{orgId}/tasks/{referralId}/start',
    '/organisations/{orgId}/tasks/{referralId}/complete',
    '/organisations/{orgId}/task-channel',
    '/organisations/{orgId}/task-channel/history',
    '/referrals/{referralId}/revoke',
    '/referrals/{referralId}/needs-assessment',
    '/referrals/{referralId}/support-plan',
    '/journeys/{journeyId}/referral-basis',
    '/journeys/{journeyId}/returns',
    '/returns/{returnId}',
    '/returns/{returnId}/plan',
    '/webhook-deliveries',
    '/webhook-deliveries/{deliveryId}/redeliver',
  ],
});
