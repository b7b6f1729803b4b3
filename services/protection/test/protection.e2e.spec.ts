import { createServiceApp } from '@harbour/service-runtime';
import { describeServiceConformance, uniqueName } from '@harbour/testing';
import { ProtectionModule } from '../src/app.module';

describeServiceConformance({
  context: 'protection',
  start: () => {
    process.env.MONGO_DB = uniqueName('harbour-protection-e2e');
    return createServiceApp(ProtectionModule, { name: 'protection', logger: false });
  },
  reader: { roles: ['protection-officer'] },
  outsider: { roles: ['compensation-officer'] },
  vocabularies: {},
});
