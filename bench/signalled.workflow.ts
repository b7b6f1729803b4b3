import { condition, defineSignal, setHandler } from '@temporalio/workflow';

// The raw Temporal bench's workflow: nothing but waiting for one signal, then completing.

export const proceed = defineSignal('proceed');

export async function waitForOneSignal(): Promise<void> {
  let signalled = false;
  setHandler(proceed, () => {
    signalled = true;
  });
  await condition(() => signalled);
}
