import { randomUUID } from 'node:crypto';
import { Schema, Model } from 'mongoose';
import { buildEvent, CloudEvent, ParticipantJoinedEvents, ParticipatingContext, ParticipationBasis } from '@harbour/contracts';
import { appendToOutbox, outboxPlugin, OutboxRelay, WithOutbox } from '@harbour/messaging';
import { isDuplicateKey } from '@harbour/persistence';
import { applyParticipationFact, JourneyParticipants, noParticipants } from './journey-participants';

export const JOURNEY_PARTICIPANTS_MODEL = 'JourneyParticipants';

export type ParticipantsDocument = JourneyParticipants & WithOutbox & { _id: string; version: number };

export const journeyParticipantsSchema = new Schema<ParticipantsDocument>(
  {
    _id: { type: String, required: true },
    journeyId: { type: String, required: true },
    participants: { type: [{ organisationId: String, basis: String, since: String, referralId: String, _id: false }], default: [] },
    offers: { type: [{ organisationId: String, referralId: String, _id: false }], default: [] },
    referredToNrm: { type: Boolean, default: false },
    version: { type: Number, required: true },
  },
  { collection: 'journey_participants', versionKey: false },
);
journeyParticipantsSchema.plugin(outboxPlugin);

const MAX_ATTEMPTS = 20;

/**
 * The service's projection of who takes part in each journey: folded from the participation
 * and referral facts on Kafka, and from its own callers' acts at once (so that an organisation
 * that has just reported can read its report), each change a guarded single-document write.
 */
export class JourneyParticipantsStore {
  constructor(
    private readonly model: Model<ParticipantsDocument>,
    private readonly relay: OutboxRelay,
    /** The context whose callers' acts this service publishes; support publishes none (its referral facts say it). */
    private readonly context: ParticipatingContext | undefined,
  ) {}

  async of(journeyId: string): Promise<JourneyParticipants> {
    const found = await this.model.findOne({ _id: journeyId }, { outbox: 0 }).lean<ParticipantsDocument>();
    return found ? { journeyId, participants: found.participants, offers: found.offers, referredToNrm: found.referredToNrm } : noParticipants(journeyId);
  }

  /** Folds a fact about the journey into the projection (from Kafka, or a service's own fact). */
  apply(event: CloudEvent): Promise<JourneyParticipants> {
    return this.change(event.subject, event, []);
  }

  /** The caller's organisation takes part on `basis`; the fact goes to the other services through this record's outbox. */
  join(journeyId: string, organisationId: string, basis: ParticipationBasis, at = new Date()): Promise<JourneyParticipants> {
    if (this.context === undefined) throw new Error(`this service publishes no participation; ${basis} is joined elsewhere`);
    const fact = buildEvent(ParticipantJoinedEvents[this.context], {
      id: randomUUID(),
      journeyId,
      time: at.toISOString(),
      data: { organisationId, basis, joinedAt: at.toISOString() },
    });
    return this.change(journeyId, fact, [fact]);
  }

  private async change(journeyId: string, fact: CloudEvent, publish: CloudEvent[]): Promise<JourneyParticipants> {
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const stored = await this.model.findOne({ _id: journeyId }, { outbox: 0 }).lean<ParticipantsDocument>();
      const before = stored ? { journeyId, participants: stored.participants, offers: stored.offers, referredToNrm: stored.referredToNrm } : noParticipants(journeyId);
      const after = applyParticipationFact(before, fact);
      if (after === before && publish.length === 0) return before;
      const state = { participants: after.participants, offers: after.offers, referredToNrm: after.referredToNrm };
      if (!stored) {
        try {
          await this.model.create({ _id: journeyId, journeyId, ...state, version: 1, outbox: [] });
        } catch (error) {
          if (isDuplicateKey(error)) continue;
          throw error;
        }
        if (publish.length === 0) return after;
        // The new document exists; the fact joins its outbox in the guarded update below.
        continue;
      }
      const update = { $set: { ...state, version: stored.version + 1 }, ...(publish.length > 0 ? appendToOutbox(publish) : {}) };
      const { matchedCount } = await this.model.updateOne({ _id: journeyId, version: stored.version }, update);
      if (matchedCount === 1) {
        if (publish.length > 0) this.relay.nudge();
        return after;
      }
    }
    throw new Error(`journey participants of ${journeyId}: lost ${MAX_ATTEMPTS} races to change them`);
  }
}
