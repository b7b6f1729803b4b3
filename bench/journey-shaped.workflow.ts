import { condition, defineQuery, defineSignal, getExternalWorkflowHandle, ParentClosePolicy, proxyActivities, setHandler, sleep, startChild, workflowInfo } from '@temporalio/workflow';

// The journey-shaped bench's workflows: what a journey does to Temporal up to the offered referral,
// with empty bodies. The journey takes a fact by signal-with-start, starts as many timers as a
// journey's clocks, starts a child hand-off; the hand-off runs one activity on another task queue,
// signals its parent and starts its own clock's timers; a query reads whether the offer is made.

/** How many timers each side starts, read from a real journey's history; where the activity runs. */
export interface JourneyShape {
  journeyTimers: number;
  handoffTimers: number;
  activityTaskQueue: string;
}

export interface ShapedActivities {
  offer(): Promise<void>;
}

export const shapedFact = defineSignal<[unknown]>('fact');
export const shapedProgress = defineSignal('progress');
export const shapedState = defineQuery<{ offered: boolean }>('state');

const CLOCK = '30 days';

export async function shapedJourney(shape: JourneyShape): Promise<void> {
  let facts = 0;
  let offered = false;
  setHandler(shapedFact, () => void (facts += 1));
  setHandler(shapedProgress, () => void (offered = true));
  setHandler(shapedState, () => ({ offered }));
  await condition(() => facts > 0);
  for (let timer = 0; timer < shape.journeyTimers; timer++) void sleep(CLOCK);
  const { workflowId } = workflowInfo();
  await startChild(shapedHandoff, { workflowId: `${workflowId}-handoff`, args: [shape, workflowId], parentClosePolicy: ParentClosePolicy.ABANDON });
  // Open, like a journey, until the bench terminates it.
  await condition(() => false);
}

export async function shapedHandoff(shape: JourneyShape, parentId: string): Promise<void> {
  const { offer } = proxyActivities<ShapedActivities>({ taskQueue: shape.activityTaskQueue, startToCloseTimeout: '1 minute' });
  await offer();
  await getExternalWorkflowHandle(parentId).signal(shapedProgress);
  for (let timer = 0; timer < shape.handoffTimers; timer++) void sleep(CLOCK);
  await condition(() => false);
}
