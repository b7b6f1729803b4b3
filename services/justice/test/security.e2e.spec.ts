import { describeTamperedTokens } from '@harbour/testing';
import { startJusticeService, stopJusticeService } from './support/justice-testbed';

// Bodies, queries and receipt codes are tried on reporting and support; every service's guard is the same one.
describeTamperedTokens({ context: 'justice', start: () => startJusticeService(), stop: stopJusticeService, route: { method: 'get', path: '/reference/vocabularies', role: 'auditor' } });
