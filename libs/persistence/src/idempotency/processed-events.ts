import { isDuplicateKey } from './duplicate-key';
import { Collection, Connection } from 'mongoose';

interface ProcessedEventRecord {
  _id: string;
  processedAt: Date;
}

/**
 * Event ids a consumer has already acted on, so that a redelivered event runs its effect once.
 * One document per `<consumer>:<eventId>`; the unique `_id` makes recording insert-once.
 */
export class ProcessedEvents {
  private readonly collection: Collection<ProcessedEventRecord>;

  constructor(connection: Connection) {
    this.collection = connection.collection<ProcessedEventRecord>('processed_events');
  }

  async isProcessed(consumer: string, eventId: string): Promise<boolean> {
    return (await this.collection.countDocuments({ _id: processedEventKey(consumer, eventId) }, { limit: 1 })) > 0;
  }

  /** Records the event as processed; false when it already was. */
  async markProcessed(consumer: string, eventId: string): Promise<boolean> {
    try {
      await this.collection.insertOne({ _id: processedEventKey(consumer, eventId), processedAt: new Date() });
      return true;
    } catch (error) {
      if (isDuplicateKey(error)) return false;
      throw error;
    }
  }
}

function processedEventKey(consumer: string, eventId: string): string {
  return `${consumer}:${eventId}`;
}
