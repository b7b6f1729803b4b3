import { randomUUID } from 'node:crypto';
import { buildEvent, CloudEvent, findEventDefinition, ObligationView, ReportReceived, validateEvent } from '@harbour/contracts';
import { reportReceived } from './journey-facts';
import { HOUR, JourneyTestbed } from './journey-testbed';

export const MINUTE = 60_000;
export const DAY = 24 * HOUR;
export const iso = (instant: number) => new Date(instant).toISOString();

/** A registered fact of that type about a journey, validated as the router would receive it. */
export function factOfType(type: string, journeyId: string, data: Record<string, unknown>, time: string): CloudEvent<object> {
  const definition = findEventDefinition(type);
  if (!definition) throw new Error(`no registered event ${type}`);
  const checked = validateEvent(buildEvent(definition, { id: randomUUID(), journeyId, time, data }));
  if (!checked.ok) throw new Error(checked.reason);
  return checked.value;
}

/** What tests of legal clocks do with a journey on the time-skipping server: send facts, skip time, watch obligations. */
export class JourneyClocks {
  constructor(readonly testbed: JourneyTestbed) {}

  /** A time-skipping testbed whose support directory offers to these organisations, in order. */
  static async start(organisations: string[]): Promise<{ testbed: JourneyTestbed; clocks: JourneyClocks }> {
    const testbed = await JourneyTestbed.start();
    testbed.support.organisations = organisations;
    return { testbed, clocks: new JourneyClocks(testbed) };
  }

  async now(): Promise<string> {
    return iso(await this.testbed.now());
  }

  async skipTo(instant: number): Promise<void> {
    await this.testbed.skip(instant - (await this.testbed.now()));
  }

  /** Sends a fact of that type happening now, its data made from that time; returns the time. */
  async send(journeyId: string, type: string, data: (now: string) => Record<string, unknown>): Promise<string> {
    const time = await this.now();
    await this.testbed.send(factOfType(type, journeyId, data(time), time));
    return time;
  }

  outcomesOf(journeyId: string, obligationId: string): string[] {
    return this.testbed.journeyActivities
      .outcomesOf(journeyId)
      .filter((command) => command.fact.obligationId === obligationId)
      .map((command) => command.outcome);
  }

  statusBecomes(journeyId: string, obligationId: string, status: ObligationView['status']) {
    return this.testbed.until(journeyId, `${obligationId} ${status}`, (state) =>
      state.obligations.some((o) => o.obligationId === obligationId && o.status === status),
    );
  }

  publishedAs(journeyId: string, obligationId: string, outcome: ObligationView['status']) {
    return this.testbed.until(journeyId, `${obligationId} published as ${outcome}`, () => this.outcomesOf(journeyId, obligationId).includes(outcome));
  }

  /** A new journey from a report received now (in Belgium unless said otherwise), once its first-contact clocks run. */
  async journeyFromReport(report: Partial<ReportReceived> & Record<string, unknown> = {}) {
    const journeyId = this.testbed.newJourneyId();
    const event = reportReceived(journeyId, { receivedAt: await this.now(), formalComplaint: true, ...report });
    await this.testbed.send(event);
    const state = await this.statusBecomes(journeyId, 'vrd-22-individual-assessment#1', 'open');
    return { journeyId, reportId: (event.data as ReportReceived).reportId, state };
  }
}
