import { JourneyState, ObligationView } from '@harbour/contracts';

/** The journey's obligation with that id, if it has one. */
export function findObligation(state: JourneyState, obligationId: string): ObligationView | undefined {
  return state.obligations.find((candidate) => candidate.obligationId === obligationId);
}

/** The obligation with that id; fails naming the obligations the journey has. */
export function obligationOf(state: JourneyState, obligationId: string): ObligationView {
  const found = findObligation(state, obligationId);
  if (!found) throw new Error(`no obligation ${obligationId} in ${state.obligations.map((candidate) => candidate.obligationId).join(', ')}`);
  return found;
}

export function statusOf(state: JourneyState, obligationId: string): string | undefined {
  return findObligation(state, obligationId)?.status;
}

/** The due time of the obligation with that id; fails if it has none. */
export function dueAtOf(state: JourneyState, obligationId: string): string {
  const { dueAt } = obligationOf(state, obligationId);
  if (!dueAt) throw new Error(`obligation ${obligationId} has no due time`);
  return dueAt;
}
