const DUPLICATE_KEY = 11000;

/** The database's answer to an insert whose unique key is taken: a retried request, or a race lost. */
export function isDuplicateKey(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === DUPLICATE_KEY;
}
