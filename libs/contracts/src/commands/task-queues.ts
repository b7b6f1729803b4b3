/** Each service runs its activities on its own task queue, next to its data. */
export const TaskQueues = {
  journeys: 'journeys',
  reporting: 'reporting',
  support: 'support',
  protection: 'protection',
  justice: 'justice',
  compensation: 'compensation',
} as const;
