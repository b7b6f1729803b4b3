import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { Collection, Connection } from 'mongoose';
import { isDuplicateKey } from '@harbour/persistence';
import { encodeCursor, JourneyFilter, journeyQuery, sortKeyOf } from './journey-filter';
import { CountedOutcome } from '../monitoring/monitoring-table';
import { JourneyView } from './journey-view';

interface JourneyDocument extends Omit<JourneyView, 'journeyId'> {
  _id: string;
  sortKey: string;
  missedCount: number;
  /** Bumped on every write, so that two writers of one journey cannot lose each other's fact. */
  revision: number;
}

/** A journey as a list shows it: everything but its timeline. */
export type JourneySummary = Omit<JourneyView, 'timeline'>;

export interface JourneyPage {
  journeys: JourneySummary[];
  nextCursor?: string;
}

/** The operations read model: one document per journey, rebuilt from the facts alone. */
@Injectable()
export class JourneyViews implements OnModuleInit {
  private readonly collection: Collection<JourneyDocument>;

  constructor(@InjectConnection() connection: Connection) {
    this.collection = connection.collection<JourneyDocument>('journey_views');
  }

  async onModuleInit(): Promise<void> {
    await this.collection.createIndexes([
      { key: { country: 1, sortKey: 1 }, name: 'country_next_deadline' },
      { key: { country: 1, ruleIds: 1, sortKey: 1 }, name: 'country_right_next_deadline' },
      { key: { country: 1, organisationIds: 1, sortKey: 1 }, name: 'country_organisation_next_deadline' },
      { key: { country: 1, stage: 1, sortKey: 1 }, name: 'country_stage_next_deadline' },
    ]);
  }

  async find(journeyId: string): Promise<{ view: JourneyView; revision: number } | undefined> {
    const document = await this.collection.findOne({ _id: journeyId });
    return document ? { view: viewOf(document), revision: document.revision } : undefined;
  }

  /** Writes the view if nobody wrote the journey since `revision` was read; false otherwise. */
  async save(view: JourneyView, revision: number): Promise<boolean> {
    const { journeyId, ...fields } = view;
    const document: JourneyDocument = {
      _id: journeyId,
      ...fields,
      sortKey: sortKeyOf(view.nextDeadline, journeyId),
      missedCount: view.missedRuleIds.length,
      revision: revision + 1,
    };
    if (revision === 0) {
      // An insert rather than an upsert: the database keeps a new document's empty arrays only so.
      try {
        await this.collection.insertOne(document);
        return true;
      } catch (error) {
        if (isDuplicateKey(error)) return false;
        throw error;
      }
    }
    const result = await this.collection.replaceOne({ _id: journeyId, revision }, document);
    return result.modifiedCount === 1;
  }

  /** Every outcome of the country's journeys in the months `from`..`to` (`YYYY-MM`), read a document at a time. */
  async *outcomesIn(country: string, from: string, to: string): AsyncGenerator<CountedOutcome> {
    const documents = this.collection.find({ country }, { projection: { country: 1, obligations: 1 } });
    for await (const document of documents) {
      for (const obligation of document.obligations) {
        const month = obligation.at.slice(0, 7);
        if (month >= from && month <= to) yield { country, obligation };
      }
    }
  }

  async list(filter: JourneyFilter, now: Date): Promise<JourneyPage> {
    const documents = await this.collection
      .find(journeyQuery(filter, now), { projection: { timeline: 0 } })
      .sort({ sortKey: 1 })
      .limit(filter.limit + 1)
      .toArray();
    const page = documents.slice(0, filter.limit);
    const last = page.at(-1);
    return {
      journeys: page.map((document) => {
        const { timeline: _timeline, ...summary } = viewOf(document);
        return summary;
      }),
      ...(documents.length > filter.limit && last ? { nextCursor: encodeCursor(last.sortKey) } : {}),
    };
  }
}

function viewOf(document: JourneyDocument): JourneyView {
  const { _id, sortKey: _sortKey, missedCount: _missedCount, revision: _revision, ...fields } = document;
  // Views stored before tasks were read have no awaited list; the next fact of the journey writes one.
  return { journeyId: _id, ...fields, awaited: fields.awaited ?? [] };
}
