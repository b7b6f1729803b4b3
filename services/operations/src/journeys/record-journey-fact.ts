import { ConflictException, Injectable } from '@nestjs/common';
import { CloudEvent } from '@harbour/contracts';
import { HandlesEvents } from '@harbour/messaging';
import { OperationsMetrics } from '../operations-metrics';
import { applyFact, emptyJourneyView } from './journey-view';
import { JourneyViews } from './journey-views';

/** Adds each journey or service fact to its journey's view; the event's subject is the journey id. */
@Injectable()
export class RecordJourneyFact implements HandlesEvents {
  constructor(
    private readonly views: JourneyViews,
    private readonly metrics: OperationsMetrics,
  ) {}

  async handle(event: CloudEvent<object>): Promise<void> {
    const stored = await this.views.find(event.subject);
    const view = stored?.view ?? emptyJourneyView(event.subject, event.time);
    const next = applyFact(view, event);
    if (next === view) return;
    // A lost race is retried by the consumer, which then reads the other writer's view.
    if (!(await this.views.save(next, stored?.revision ?? 0))) throw new ConflictException(`journey ${event.subject} changed meanwhile`);
    const outcome = next.obligations.find((obligation) => obligation.eventId === event.id);
    if (outcome) this.metrics.outcomeTaken(next.country, outcome.ruleId, outcome.status, outcome.at);
  }
}
