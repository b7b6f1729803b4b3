import { describeTamperedTokens } from '@harbour/testing';
import { startIdentificationService, stopIdentificationService } from './support/identification-testbed';

// Bodies, queries and receipt codes are tried on reporting and support; every service's guard is the same one.
describeTamperedTokens({ context: 'identification', start: () => startIdentificationService(), stop: stopIdentificationService, route: { method: 'get', path: '/reference/vocabularies', role: 'auditor' } });
