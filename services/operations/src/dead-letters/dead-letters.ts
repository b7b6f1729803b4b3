import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { Collection, Connection } from 'mongoose';
import { isDuplicateKey } from '@harbour/persistence';
import { DeadLetter, DeadLetterAction, DeadLetterActionReason, DeadLetterState } from './dead-letter';

interface DeadLetterDocument extends Omit<DeadLetter, 'deadLetterId'> {
  _id: string;
  /** The country of the journey when the record was parked, if operations knew the journey then. */
  country?: string;
  /** Newest first: `<parkedAt>|<id>`. */
  sortKey: string;
}

export interface DeadLetterFilter {
  country: string;
  originTopic?: string;
  state?: DeadLetterState;
  /** The sort key of the last entry of the previous page. */
  before?: string;
  limit: number;
}

/** The parked records of every topic, one document each, with what operators did to them. */
@Injectable()
export class DeadLetters implements OnModuleInit {
  private readonly collection: Collection<DeadLetterDocument>;

  constructor(@InjectConnection() connection: Connection) {
    this.collection = connection.collection<DeadLetterDocument>('dead_letters');
  }

  async onModuleInit(): Promise<void> {
    await this.collection.createIndexes([{ key: { state: 1, sortKey: -1 }, name: 'state_newest' }, { key: { sortKey: -1 }, name: 'newest' }]);
  }

  /** Keeps a parked record once; reading it again changes nothing. */
  async park(deadLetter: DeadLetter, country: string | undefined): Promise<void> {
    const { deadLetterId, ...fields } = deadLetter;
    try {
      await this.collection.insertOne({ _id: deadLetterId, ...fields, ...(country ? { country } : {}), sortKey: `${deadLetter.parkedAt}|${deadLetterId}` });
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
    }
  }

  /**
   * A dead letter an analyst of `country` may see: one of a journey of their country, or one whose
   * journey operations did not know (it names codes and ids only).
   */
  async find(country: string, deadLetterId: string): Promise<DeadLetter | undefined> {
    const document = await this.collection.findOne({ _id: deadLetterId });
    return document && visibleIn(country, document) ? deadLetterOf(document) : undefined;
  }

  async list(filter: DeadLetterFilter): Promise<{ deadLetters: DeadLetter[]; nextCursor?: string }> {
    const clauses: Record<string, unknown>[] = [{ $or: [{ country: filter.country }, { country: { $exists: false } }] }];
    if (filter.originTopic) clauses.push({ originTopic: filter.originTopic });
    if (filter.state) clauses.push({ state: filter.state });
    if (filter.before) clauses.push({ sortKey: { $lt: filter.before } });
    const documents = await this.collection.find({ $and: clauses }).sort({ sortKey: -1 }).limit(filter.limit + 1).toArray();
    const page = documents.slice(0, filter.limit);
    const last = page.at(-1);
    return { deadLetters: page.map(deadLetterOf), ...(documents.length > filter.limit && last ? { nextCursor: last.sortKey } : {}) };
  }

  /** Moves a parked record to what the operator did; false when it is no longer parked (someone acted first). */
  async act(deadLetterId: string, action: DeadLetterAction, reason: DeadLetterActionReason, by: string, at: string): Promise<boolean> {
    const result = await this.collection.updateOne({ _id: deadLetterId, state: 'parked' }, { $set: { state: action }, $push: { actions: { action, reason, by, at } } });
    return result.modifiedCount === 1;
  }

  /** Parks a record again whose replay could not be sent, keeping the attempt in its history. */
  async unpark(deadLetterId: string, action: DeadLetterAction): Promise<void> {
    await this.collection.updateOne({ _id: deadLetterId, state: action }, { $set: { state: 'parked' } });
  }
}

function visibleIn(country: string, document: DeadLetterDocument): boolean {
  return document.country === undefined || document.country === country;
}

function deadLetterOf(document: DeadLetterDocument): DeadLetter {
  const { _id, country: _country, sortKey: _sortKey, ...fields } = document;
  return { deadLetterId: _id, ...fields };
}
