import { describeTamperedTokens } from '@harbour/testing';
import { startProtectionService, stopProtectionService } from './support/protection-testbed';

// Bodies, queries and receipt codes are tried on reporting and support; every service's guard is the same one.
describeTamperedTokens({ context: 'protection', start: () => startProtectionService(), stop: stopProtectionService, route: { method: 'get', path: '/reference/vocabularies', role: 'auditor' } });
