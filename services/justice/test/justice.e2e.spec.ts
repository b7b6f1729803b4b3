import { createServiceApp } from '@harbour/service-runtime';
import { describeServiceConformance, uniqueName } from '@harbour/testing';
import { JusticeModule } from '../src/app.module';

describeServiceConformance({
  context: 'justice',
  start: () => {
    process.env.MONGO_DB = uniqueName('harbour-justice-e2e');
    return createServiceApp(JusticeModule, { name: 'justice', logger: false });
  },
  reader: { roles: ['prosecutor-liaison'] },
  outsider: { roles: ['support-case-worker'], organisationId: 'be-harbourline-antwerp' },
  vocabularies: {},
});
