import { DefaultFailureConverter } from '@temporalio/common';

// Loaded by path (clients, workers and the workflow bundle): error messages and stack traces
// travel as encoded attributes, so the payload codec encrypts them too.
export const failureConverter = new DefaultFailureConverter({ encodeCommonAttributes: true });
