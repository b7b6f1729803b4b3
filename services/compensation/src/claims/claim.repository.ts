import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import mongoose, { Model, UpdateQuery } from 'mongoose';
import { appendToOutbox, OutboxRelay } from '@harbour/messaging';
import { isDuplicateKey, ScopedRepository } from '@harbour/persistence';
import { Claim, ClaimChange } from './claim';
import { ClaimConflictError, ClaimNotFoundError } from './claim-errors';
import { CLAIM_MODEL } from './claim.schema';
import { ClaimTransitionError } from './claim-status';

/**
 * Claims, scoped by journey. Every change is one guarded single-document update that also
 * appends its fact to the outbox, so the change and its event are atomic without transactions.
 */
@Injectable()
export class ClaimRepository extends ScopedRepository<Claim, 'journeyId'> {
  constructor(
    @InjectModel(CLAIM_MODEL) model: Model<Claim>,
    private readonly relay: OutboxRelay,
  ) {
    super(model, 'journeyId');
  }

  /**
   * A claim by its id, for the routes and activities that name the claim alone; every change
   * that follows is scoped by the journey this read returns.
   */
  async get(claimId: string): Promise<Claim> {
    const claim = await this.model.findOne({ _id: claimId }).lean<Claim>();
    if (!claim) throw new ClaimNotFoundError(claimId);
    return claim;
  }

  /** The claim or null, for the participation check of the routes that name a claim. */
  findById(claimId: string): Promise<Claim | null> {
    return this.model.findOne({ _id: claimId }).lean<Claim>();
  }

  ofJourney(journeyId: string): Promise<Claim[]> {
    return this.find(journeyId, {}, { sort: { openedAt: -1 }, limit: 100 });
  }

  /**
   * Stores a new claim. When a retry of the same request (same claim id) stored it first,
   * answers with that one, marked replayed, without a second fact.
   */
  async insertOnce(claim: Claim): Promise<{ claim: Claim; replayed: boolean }> {
    try {
      const stored = await this.create(claim.journeyId, claim);
      this.relay.nudge();
      return { claim: stored, replayed: false };
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      const first = await this.get(claim._id);
      if (first.journeyId !== claim.journeyId) throw new ClaimConflictError('Idempotency-Key was already used for a claim of another journey');
      return { claim: first, replayed: true };
    }
  }

  /**
   * Applies a planned change only if the claim is still as it was planned from. When another
   * request or activity moved it first, refuses as the status table would have.
   */
  async apply(claim: Claim, change: ClaimChange): Promise<Claim> {
    const outbox = change.event ? appendToOutbox([change.event]).$push : {};
    const update: UpdateQuery<Claim> = {
      $set: { status: change.status, ...change.set },
      $push: { history: change.history, ...change.push, ...outbox },
    };
    const guard = { _id: claim._id, status: claim.status, ...(change.newChaseKey ? { 'crossBorder.chases.key': mongoose.trusted({ $ne: change.newChaseKey }) } : {}) };
    const { matched } = await this.updateOne(claim.journeyId, guard, update);
    if (matched === 0) {
      const current = await this.get(claim._id);
      throw new ClaimTransitionError(current.status, change.history.action);
    }
    if (change.event) this.relay.nudge();
    return this.get(claim._id);
  }
}
