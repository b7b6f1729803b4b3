import { createServiceApp } from '@harbour/service-runtime';
import { describeServiceConformance, uniqueName } from '@harbour/testing';
import { CompensationModule } from '../src/app.module';

describeServiceConformance({
  context: 'compensation',
  start: () => {
    process.env.MONGO_DB = uniqueName('harbour-compensation-e2e');
    return createServiceApp(CompensationModule, { name: 'compensation', logger: false });
  },
  reader: { roles: ['compensation-officer'] },
  outsider: { roles: ['protection-officer'] },
  vocabularies: {},
});
