/**
 * Retries a set-up step while its server is still starting (containers and pods start in any
 * order). Bounded: after `attempts` failures the last error is thrown.
 */
export async function retryUntilReady<T>(
  step: () => Promise<T>,
  { attempts = 60, delayMs = 2000, what }: { attempts?: number; delayMs?: number; what: string },
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await step();
    } catch (error) {
      if (attempt >= attempts) throw error;
      console.log(`${what}: not ready yet (${error instanceof Error ? error.message : String(error)}), retrying`);
      await new Promise((resolve) => setTimeout(resolve, delayMs));
    }
  }
}
