import { CrimeTypes, ReportChannels } from '@harbour/contracts';
import { createServiceApp } from '@harbour/service-runtime';
import { describeServiceConformance, uniqueName } from '@harbour/testing';
import { ReportingModule } from '../src/app.module';

describeServiceConformance({
  context: 'reporting',
  start: () => {
    process.env.MONGO_DB = uniqueName('harbour-reporting-e2e');
    return createServiceApp(ReportingModule, { name: 'reporting', logger: false });
  },
  reader: { roles: ['first-responder'] },
  outsider: { roles: ['protection-officer'] },
  vocabularies: { reportChannels: [...ReportChannels], crimeTypes: [...CrimeTypes] },
  paths: ['/reports'],
});
