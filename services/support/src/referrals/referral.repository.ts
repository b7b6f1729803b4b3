import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, UpdateQuery } from 'mongoose';
import { appendToOutbox, OutboxRelay } from '@harbour/messaging';
import { ScopedRepository, ScopedFilter } from '@harbour/persistence';
import { Page, PageQueryDto, readPage } from '../paging/page';
import { Referral, ReferralChange } from './referral';
import { REFERRAL_MODEL } from './referral.schema';
import { ReferralStatus, ReferralTransitionError } from './referral-status';

const DUPLICATE_KEY = 11000;

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

  /** One page of an organisation's referrals, optionally of one status, the nearest accept-by first. */
  inbox<V>(organisationId: string, query: PageQueryDto & { status?: ReferralStatus }, view: (referral: Referral) => V): Promise<Page<V>> {
    const filter: ScopedFilter<Referral, 'organisationId'> = query.status ? { status: query.status } : {};
    return readPage(this.model, this.scoped(organisationId, filter), { acceptBy: 1, _id: 1 }, query, view);
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
  }
}
