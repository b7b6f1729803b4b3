import { describeTamperedTokens } from '@harbour/testing';
import { startCompensationService, stopCompensationService } from './support/compensation-testbed';

// Bodies, queries and receipt codes are tried on reporting and support; every service's guard is the same one.
describeTamperedTokens({ context: 'compensation', start: () => startCompensationService(), stop: stopCompensationService, route: { method: 'get', path: '/reference/vocabularies', role: 'auditor' } });
