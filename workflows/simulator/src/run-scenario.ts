import {
  buildEvent,
  JOURNEY_WORKFLOW_TYPE,
  JourneyFact,
  journeyFactSignal,
  JourneyStage,
  JourneyStart,
  journeyStateQuery,
  journeyWorkflowId,
  PublishObligationOutcome,
  ReferralAcceptedEvent,
  ReferralDeclinedEvent,
  TaskQueues,
  validateEvent,
} from '@harbour/contracts';
import { referralHandoffStateQuery, referralHandoffWorkflowId } from '@harbour/journeys';
import { uuidFrom } from './generated-ids';
import { Scenario, ScenarioAnswer, ScenarioFact } from './scenario';
import { SimulationServer } from './simulation-server';
import { changesBetween, emptySnapshot, JourneySnapshot, TimelineLine } from './timeline';

export interface SimulationResult {
  scenario: Scenario;
  lines: TimelineLine[];
  finalStage: JourneyStage;
  published: PublishObligationOutcome[];
}

type Step = { instant: number; fact: ScenarioFact } | { instant: number; answer: ScenarioAnswer };

const SETTLE_POLL_MS = 40;
const SETTLE_STABLE_POLLS = 3;
const SETTLE_LIMIT_MS = 15_000;
const QUERY_DEADLINE_MS = 3_000;

/**
 * Plays a scenario against a journey under time skipping: moves the server's clock to each
 * deadline and each scripted moment, signals the facts and the organisations' answers, and
 * turns every change in the journey's state into timeline lines.
 */
export async function runScenario(scenario: Scenario): Promise<SimulationResult> {
  const server = await SimulationServer.start(scenario.organisations);
  try {
    return await new ScenarioRun(server, scenario).play();
  } finally {
    await server.stop();
  }
}

class ScenarioRun {
  private readonly lines: TimelineLine[] = [];
  private snapshot: JourneySnapshot;
  private factsSent = 0;

  constructor(
    private readonly server: SimulationServer,
    private readonly scenario: Scenario,
  ) {
    this.snapshot = emptySnapshot(scenario.journeyId);
  }

  async play(): Promise<SimulationResult> {
    const { env } = this.server;
    const now = await env.currentTimeMs();
    if (this.scenario.startsAt < now) {
      throw new Error(`startsAt ${new Date(this.scenario.startsAt).toISOString()} lies before the test server's clock (${new Date(now).toISOString()}): move the scenario into the future`);
    }
    const steps: Step[] = [...this.scenario.facts.map((fact) => ({ instant: fact.instant, fact })), ...this.scenario.answers.map((answer) => ({ instant: answer.instant, answer }))];
    // Stable: at the same moment, facts go before answers, each in the order written.
    steps.sort((a, b) => a.instant - b.instant);
    for (const step of steps) {
      await this.advanceTo(step.instant);
      await this.signal('fact' in step ? step.fact : this.answerFact(step.answer));
      await this.record();
    }
    await this.advanceTo(this.scenario.endsAt);
    return {
      scenario: this.scenario,
      lines: [...this.lines].sort((a, b) => Date.parse(a.at) - Date.parse(b.at)),
      finalStage: this.snapshot.state.stage,
      published: this.server.published,
    };
  }

  /** Skips time to `instant`, stopping at each deadline on the way so each change is read when it happens. */
  private async advanceTo(instant: number): Promise<void> {
    const { env } = this.server;
    for (let now = await env.currentTimeMs(); now < instant; now = await env.currentTimeMs()) {
      const nextDeadline = Math.min(instant, ...this.upcomingDeadlines().filter((due) => due > now));
      await env.sleep(nextDeadline - now);
      if (this.factsSent > 0) await this.record();
    }
  }

  private upcomingDeadlines(): number[] {
    const { obligations, referrals } = this.snapshot.state;
    return [
      ...obligations.flatMap((obligation) => (obligation.status === 'open' && obligation.dueAt ? [Date.parse(obligation.dueAt) + 1] : [])),
      ...referrals.filter((referral) => referral.status === 'offered').map((referral) => Date.parse(referral.acceptBy) + 1),
    ];
  }

  private async signal(fact: ScenarioFact): Promise<void> {
    await this.server.env.client.workflow.signalWithStart(JOURNEY_WORKFLOW_TYPE, {
      workflowId: journeyWorkflowId(this.scenario.journeyId),
      taskQueue: TaskQueues.journeys,
      args: [{ journeyId: this.scenario.journeyId } satisfies JourneyStart],
      signal: journeyFactSignal,
      signalArgs: [{ eventId: fact.eventId, type: fact.type, time: new Date(fact.instant).toISOString(), data: fact.data } satisfies JourneyFact],
    });
    this.factsSent += 1;
    const answer = fact.type === ReferralAcceptedEvent.type || fact.type === ReferralDeclinedEvent.type;
    this.lines.push({ at: new Date(fact.instant).toISOString(), kind: 'fact', type: fact.type, ...(answer ? { detail: String(fact.data.organisationId) } : {}) });
  }

  /** The organisation's answer as support publishes it, for the referral on offer to it now. */
  private answerFact(answer: ScenarioAnswer): ScenarioFact {
    const offered = this.snapshot.state.referrals.find((referral) => referral.organisationId === answer.organisation && referral.status === 'offered');
    if (!offered) {
      const onOffer = this.snapshot.state.referrals.filter((referral) => referral.status === 'offered').map((referral) => referral.organisationId);
      throw new Error(`day ${answer.day}: no referral is on offer to '${answer.organisation}' (on offer: ${onOffer.join(', ') || 'none'})`);
    }
    const time = new Date(answer.instant).toISOString();
    const base = { referralId: offered.referralId, organisationId: answer.organisation };
    const eventId = uuidFrom(this.scenario.title, 'answer', offered.referralId);
    const event =
      answer.answer === 'accept'
        ? buildEvent(ReferralAcceptedEvent, { id: eventId, journeyId: this.scenario.journeyId, time, data: { ...base, acceptedAt: time } })
        : buildEvent(ReferralDeclinedEvent, { id: eventId, journeyId: this.scenario.journeyId, time, data: { ...base, reason: answer.reason, declinedAt: time } });
    // Checked as the journey router checks what support publishes.
    const checked = validateEvent(event);
    if (!checked.ok) throw new Error(`day ${answer.day}: ${checked.reason}`);
    return { day: answer.day, instant: answer.instant, eventId, type: event.type, data: { ...event.data } };
  }

  private async record(): Promise<void> {
    const next = await this.settled();
    this.lines.push(...changesBetween(this.snapshot, next));
    this.snapshot = next;
  }

  /**
   * The journey's snapshot once it has taken every fact sent and stopped changing: the worker
   * runs in real time while the server's clock stands still, so a few equal reads mean it is done.
   */
  private async settled(): Promise<JourneySnapshot> {
    const deadline = Date.now() + SETTLE_LIMIT_MS;
    let last = '';
    let stable = 0;
    for (;;) {
      const snapshot = await this.read().catch(() => undefined);
      const seen = snapshot ? JSON.stringify(snapshot) : '';
      stable = snapshot && snapshot.state.factsSeen >= this.factsSent && seen === last ? stable + 1 : 0;
      if (snapshot && stable >= SETTLE_STABLE_POLLS) return snapshot;
      if (Date.now() > deadline) throw new Error(`the journey did not settle within ${SETTLE_LIMIT_MS} ms after ${this.factsSent} fact(s)`);
      last = seen;
      await new Promise((resolve) => setTimeout(resolve, SETTLE_POLL_MS));
    }
  }

  // Bounded: the test server can leave a query unanswered when it meets a continue-as-new.
  private async read(): Promise<JourneySnapshot> {
    const { client } = this.server.env;
    return client.withDeadline(Date.now() + QUERY_DEADLINE_MS, async () => {
      const state = await client.workflow.getHandle(journeyWorkflowId(this.scenario.journeyId)).query(journeyStateQuery);
      if (state.referrals.length === 0) return { state, reminders: [] };
      const handoff = await client.workflow.getHandle(referralHandoffWorkflowId(this.scenario.journeyId)).query(referralHandoffStateQuery);
      return { state, reminders: handoff.reminders };
    });
  }
}
