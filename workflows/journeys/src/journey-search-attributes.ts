import { JourneySearchAttributes, JourneyState } from '@harbour/contracts/journey';
import { upsertSearchAttributes } from '@temporalio/workflow';
import { missedCount, nextDeadline } from './obligation-ledger';

type SearchAttributeUpdate = Extract<Parameters<typeof upsertSearchAttributes>[0], unknown[]>[number];

const keys = {
  stage: { name: JourneySearchAttributes.stage.name, type: 'KEYWORD' },
  country: { name: JourneySearchAttributes.country.name, type: 'KEYWORD' },
  child: { name: JourneySearchAttributes.child.name, type: 'BOOL' },
  nextDeadline: { name: JourneySearchAttributes.nextDeadline.name, type: 'DATETIME' },
  overdue: { name: JourneySearchAttributes.overdue.name, type: 'INT' },
} as const;

/**
 * Keeps the journey's search attributes (none of them personal) in step with its state, so
 * operations can filter journeys in Temporal by stage, country, next deadline and overdue count.
 * Upserts only what changed, to keep the history short.
 */
export class JourneySearchAttributesPublisher {
  private last: Record<string, string> = {};

  publish(state: JourneyState): void {
    const next = nextDeadline(state.obligations);
    const updates: SearchAttributeUpdate[] = [
      { key: keys.stage, value: state.stage },
      { key: keys.country, value: state.country ?? null },
      { key: keys.child, value: state.child },
      { key: keys.nextDeadline, value: next ? new Date(next) : null },
      { key: keys.overdue, value: missedCount(state.obligations) },
    ];
    const changed = updates.filter((update) => this.last[update.key.name] !== JSON.stringify(update.value));
    if (changed.length === 0) return;
    for (const update of changed) this.last[update.key.name] = JSON.stringify(update.value);
    upsertSearchAttributes(changed);
  }
}
