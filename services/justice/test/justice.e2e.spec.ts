import { createServiceApp } from '@harbour/service-runtime';
import { describeServiceConformance, uniqueName } from '@harbour/testing';
import { JusticeModule, JusticeVocabularies } from '../src/app.module';

describeServiceConformance({
  context: 'justice',
  start: () => {
    process.env.MONGO_DB = uniqueName('harbour-justice-e2e');
    process.env.JUSTICE_TASK_QUEUE = uniqueName('justice-e2e');
    process.env.JUSTICE_MILESTONES_TOPIC = uniqueName('justice-e2e-milestones-inbound');
    process.env.JUSTICE_MILESTONES_GROUP = uniqueName('justice-e2e-milestones');
    return createServiceApp(JusticeModule, { name: 'justice', logger: false });
  },
  reader: { roles: ['prosecutor-liaison'] },
  outsider: { roles: ['support-case-worker'], organisationId: 'be-harbourline-antwerp' },
  vocabularies: JSON.parse(JSON.stringify(JusticeVocabularies)),
  paths: [
    '/milestones',
    '/journeys/{journeyId}/notification-preferences',
    '/journeys/{journeyId}/notifications',
    '/notification-provider-receipts',
    '/journeys/{journeyId}/victim-information',
    '/journeys/{journeyId}/review-requests',
    '/journeys/{journeyId}/hearings',
    '/hearings/{hearingId}/interpretation-booking',
    '/hearings/{hearingId}/arrangements/{arrangement}/decision',
    '/journeys/{journeyId}/non-punishment-notices',
  ],
});
