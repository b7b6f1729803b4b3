/** Workflow time (deterministic inside the sandbox) as an ISO string. */
export function now(): string {
  return new Date(Date.now()).toISOString();
}

/** Milliseconds from workflow time until an instant; at least 1 so a past instant fires at once. */
export function msUntil(instant: string): number {
  return Math.max(1, Date.parse(instant) - Date.now());
}
