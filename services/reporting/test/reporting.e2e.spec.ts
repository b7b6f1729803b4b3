import { CrimeTypes, ReportChannels } from '@harbour/contracts';
import { describeServiceConformance } from '@harbour/testing';
import { ResidencyStatuses } from '../src/reports/residency-statuses';
import { startReportingService, stopReportingService } from './support/reporting-testbed';

describeServiceConformance({
  context: 'reporting',
  start: () => startReportingService(),
  stop: stopReportingService,
  reader: { roles: ['first-responder'] },
  outsider: { roles: ['protection-officer'] },
  vocabularies: { reportChannels: [...ReportChannels], crimeTypes: [...CrimeTypes], residencyStatuses: [...ResidencyStatuses] },
  paths: [
    '/reports',
    '/reports/{reportId}',
    '/reports/{reportId}/transmissions',
    '/reports/{reportId}/acknowledgement',
    '/reports/{reportId}/acknowledgement/translation',
    '/reports/{reportId}/acknowledgement.pdf',
    '/anonymous-reports',
    '/anonymous-reports/follow-up',
    '/anonymous-reports/follow-up/messages',
    '/anonymous-reports/conversion',
    '/anonymous-reports/{reportId}',
    '/anonymous-reports/{reportId}/replies',
  ],
});
