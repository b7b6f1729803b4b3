import { CrimeTypes } from '@harbour/contracts';
import { createServiceApp } from '@harbour/service-runtime';
import { describeServiceConformance, uniqueName } from '@harbour/testing';
import { IdentificationModule } from '../src/app.module';

describeServiceConformance({
  context: 'identification',
  start: () => {
    process.env.MONGO_DB = uniqueName('harbour-identification-e2e');
    return createServiceApp(IdentificationModule, { name: 'identification', logger: false });
  },
  reader: { roles: ['nrm-decision-maker'] },
  outsider: { roles: ['compensation-officer'] },
  vocabularies: { crimeTypes: [...CrimeTypes] },
});
