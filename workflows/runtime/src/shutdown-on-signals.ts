/** Runs `stop` once on SIGTERM or SIGINT, then lets the process end; a failed stop exits with 1. */
export function shutdownOnSignals(name: string, stop: () => Promise<void>): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`${name}: ${signal} received, stopping`);
    stop().then(
      () => console.log(`${name}: stopped`),
      (error: unknown) => {
        console.error(`${name}: stop failed`, error);
        process.exitCode = 1;
      },
    );
  };
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
}
