import { randomUUID } from 'node:crypto';
import { buildEvent, journeyFactSignal, journeyStateQuery, journeyWorkflowId, ReportLinkedToJourneyEvent } from '@harbour/contracts';
import { temporal } from '@temporalio/proto';
import { HarbourAssembly } from './harbour-journeys';
import { closedLoop, pollUntil, StageFigures } from './measure';
import { BenchSettings } from './settings';

type HistoryEvent = temporal.api.history.v1.IHistoryEvent;
const millisOf = (event: HistoryEvent) => Number(event.eventTime?.seconds ?? 0) * 1000 + Math.floor((event.eventTime?.nanos ?? 0) / 1e6);

/**
 * When the journey had handled the fact's signal: the end of the first workflow task that started
 * after the signal was recorded. Read from the history, so the figure does not depend on polling.
 */
function handledAt(events: HistoryEvent[], producedAt: number): number | undefined {
  const signalled = events.findIndex((event) => event.workflowExecutionSignaledEventAttributes?.signalName === journeyFactSignal.name && millisOf(event) >= producedAt);
  if (signalled < 0) return undefined;
  const started = events.findIndex((event, index) => index > signalled && event.workflowTaskStartedEventAttributes);
  const completed = events.find((event, index) => index > started && started >= 0 && event.workflowTaskCompletedEventAttributes);
  return completed && millisOf(completed);
}

/**
 * A fact produced on Kafka (Harbour's producer, acks -1) → the journey router's signal handled by
 * the journey, on journeys the Harbour stage opened. The fact is ReportLinkedToJourney, which
 * opens and meets nothing, so the figure is the path alone. The loop moves on when a query (polled
 * every 20 ms) shows the fact counted; each latency comes from the history's own timestamps.
 */
export async function eventToSignal(harbour: HarbourAssembly, settings: BenchSettings): Promise<StageFigures> {
  const journeys = [...harbour.journeys];
  const item = async (index: number) => {
    const journeyId = journeys[index % journeys.length];
    const handle = harbour.client.workflow.getHandle(journeyWorkflowId(journeyId));
    const { factsSeen } = await handle.query(journeyStateQuery);
    const now = new Date().toISOString();
    const event = buildEvent(ReportLinkedToJourneyEvent, {
      id: randomUUID(),
      journeyId,
      time: now,
      data: { ...ReportLinkedToJourneyEvent.example, reportId: randomUUID(), linkedAt: now },
    });
    const producedAt = Date.now();
    await harbour.publisher.publish([event]);
    await pollUntil(async () => (await handle.query(journeyStateQuery)).factsSeen > factsSeen, {
      description: `journey ${journeyId} to take fact ${event.id}`,
      intervalMs: 20,
      timeoutMs: settings.itemTimeoutMs,
    });
    const { events } = await handle.fetchHistory();
    const handled = handledAt(events ?? [], producedAt);
    if (handled === undefined) throw new Error(`no handled signal for fact ${event.id} in the history of journey ${journeyId}`);
    return handled - producedAt;
  };
  await closedLoop(settings.warmup, settings.inFlight, item);
  return closedLoop(settings.journeys, settings.inFlight, (index) => item(settings.warmup + index));
}
