import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, trusted, UpdateQuery } from 'mongoose';
import { appendToOutbox, OutboxRelay } from '@harbour/messaging';
import { ScopedRepository, ScopedFilter } from '@harbour/persistence';
import { Page, PageQueryDto, readPage } from '../paging/page';
import { CloudEvent } from '@harbour/contracts';
import { JourneyParticipantsStore } from '@harbour/security';
import { Referral, ReferralChange } from './referral';
import { REFERRAL_MODEL } from './referral.schema';
import { PlaceHoldingStatuses, ReferralStatus, ReferralTransitionError, ReferralTransitions } from './referral-status';
import { ReferralNotActiveError } from './referral-not-active.error';

const DUPLICATE_KEY = 11000;

/** Referrals an organisation no longer sees in its inbox. */
const GoneFromInbox: readonly ReferralStatus[] = ['declined', 'withdrawn'];

/**
 * Referrals, scoped by organisation: an organisation's task inbox can only ever read and change
 * its own. Every change is one guarded single-document update that also appends its fact to
 * the outbox, so the change and its event are atomic without transactions.
 */
@Injectable()
export class ReferralRepository extends ScopedRepository<Referral, 'organisationId'> implements OnModuleInit {
  constructor(
    @InjectModel(REFERRAL_MODEL) model: Model<Referral>,
    private readonly relay: OutboxRelay,
    private readonly participants: JourneyParticipantsStore,
  ) {
    super(model, 'organisationId');
  }

  /** Offers rely on the unique offerKey index, so it must exist before the first one. */
  async onModuleInit(): Promise<void> {
    await this.model.init();
  }

  /** The referral a journey's offer made, found by the offer's idempotency key. */
  findOffer(journeyId: string, offerKey: string): Promise<Referral | null> {
    return this.model.findOne({ journeyId, offerKey }).lean<Referral>();
  }

  /**
   * For the journey's own activities only: WithdrawReferralCommand names the referral by the
   * id offerReferral returned and carries neither journey nor organisation to scope by.
   */
  findForJourney(referralId: string): Promise<Referral | null> {
    return this.model.findOne({ _id: referralId }).lean<Referral>();
  }

  /** The referral or null, for the participation check of the routes that name a referral. */
  findById(referralId: string): Promise<Referral | null> {
    return this.findForJourney(referralId);
  }

  /** Stores an offer; when a retry of the same offer stored it first, returns that one instead. */
  async insertOffer(referral: Referral): Promise<Referral> {
    try {
      const stored = await this.create(referral.organisationId, referral);
      this.relay.nudge();
      return stored;
    } catch (error) {
      if ((error as { code?: unknown }).code !== DUPLICATE_KEY) throw error;
      const first = await this.findOffer(referral.journeyId, referral.offerKey);
      if (!first) throw error;
      return first;
    }
  }

  /** One page of an organisation's referrals, optionally of one status and offered since a time, the nearest accept-by first. */
  inbox<V>(organisationId: string, query: PageQueryDto & { status?: ReferralStatus; since?: string }, view: (referral: Referral) => V): Promise<Page<V>> {
    const filter: ScopedFilter<Referral, 'organisationId'> = {};
    // An organisation that declined a referral, or had it withdrawn, loses even the pseudonymous offer.
    const asked = query.status ? [query.status] : (Object.keys(ReferralTransitions) as ReferralStatus[]);
    filter.status = trusted({ $in: asked.filter((status) => !GoneFromInbox.includes(status)) });
    if (query.since) filter.offeredAt = trusted({ $gte: new Date(query.since) });
    return readPage(this.model, this.scoped(organisationId, filter), { acceptBy: 1, _id: 1 }, query, view);
  }

  /** The status of each of these referrals of the organisation that exists. */
  async statusesOf(organisationId: string, referralIds: string[]): Promise<Map<string, ReferralStatus>> {
    const found = await this.find(organisationId, { _id: trusted({ $in: referralIds }) });
    return new Map(found.map((referral) => [referral._id, referral.status]));
  }

  /**
   * Applies a planned change only if the referral is still in the status it was planned from.
   * When another request or activity moved it first, refuses as the status table would have.
   */
  async apply(referral: Referral, change: ReferralChange): Promise<void> {
    const update: UpdateQuery<Referral> = {
      $set: { status: change.status, ...change.fields },
      $push: { history: change.history, ...appendToOutbox([change.event]).$push },
    };
    const guard = { _id: referral._id, status: referral.status };
    const { matched } = await this.updateOne(referral.organisationId, guard, update);
    if (matched === 0) {
      const current = await this.findOne(referral.organisationId, { _id: referral._id });
      throw new ReferralTransitionError(current?.status ?? referral.status, change.history.action);
    }
    this.relay.nudge();
    // The organisation that accepted acts on the journey at once; the other services learn it from the fact.
    await this.participants.apply(change.event);
  }

  /**
   * Records what the organisation does while it supports the victim (needs, plan), with its
   * facts, only while the referral is accepted or in progress.
   */
  async recordWhileSupporting(referral: Referral, fields: Partial<Pick<Referral, 'needsAssessment' | 'supportPlan'>>, events: CloudEvent[] = []): Promise<void> {
    const update: UpdateQuery<Referral> = events.length > 0 ? { $set: fields, ...appendToOutbox(events) } : { $set: fields };
    const { matched } = await this.updateOne(referral.organisationId, { _id: referral._id, status: trusted({ $in: [...PlaceHoldingStatuses] }) }, update);
    if (matched === 0) {
      const current = await this.findOne(referral.organisationId, { _id: referral._id });
      throw new ReferralNotActiveError(current?.status ?? referral.status);
    }
    if (events.length > 0) this.relay.nudge();
  }
}
