// Workflow-safe entry point: types, signal and query definitions, task queues. No validators.
export * from './journey-workflow';
export * from '../commands/task-queues';
export type * from '../commands/support-activities';
export type * from '../commands/journey-activities';
export * from '../vocabulary/vocabulary';
