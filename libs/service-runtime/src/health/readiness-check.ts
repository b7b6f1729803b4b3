/** One dependency a service needs before it can serve, e.g. its database connection. */
export interface ReadinessCheck {
  /** Shown in /health, e.g. "mongo". */
  readonly name: string;
  /** Resolves when ready; throws with the reason when not. */
  check(): Promise<void> | void;
}

export const READINESS_CHECKS = 'HARBOUR_READINESS_CHECKS';
