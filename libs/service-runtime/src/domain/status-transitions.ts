/** A step a record's status table does not allow, named in words: "a claim that is opened cannot be decided". */
export class StatusTransitionError<S extends string = string, A extends string = string> extends Error {
  constructor(
    record: string,
    readonly status: S,
    readonly action: A,
    actionDone: string,
  ) {
    super(`a ${record} that is ${status} cannot be ${actionDone}`);
    this.name = new.target.name;
  }
}

/** The status a table allows after an action, or the error `refuse` makes when it allows none. */
export function nextStatus<S extends string, A extends string>(
  transitions: { readonly [status in S]: { readonly [action in A]?: S } },
  status: S,
  action: A,
  refuse: () => StatusTransitionError<S, A>,
): S {
  const next = transitions[status][action];
  if (!next) throw refuse();
  return next;
}
