import { Schema } from 'mongoose';

/** One event waiting in its aggregate's document, already encoded as the Kafka record to send. */
export interface OutboxEntry {
  eventId: string;
  topic: string;
  record: { key: string; value: string; headers: Record<string, string> };
  createdAt: Date;
}

/** The fields the plugin adds to an aggregate. */
export interface WithOutbox {
  outbox: OutboxEntry[];
}

const outboxEntrySchema = new Schema<OutboxEntry>(
  {
    eventId: { type: String, required: true },
    topic: { type: String, required: true },
    record: {
      key: { type: String, required: true },
      value: { type: String, required: true },
      headers: { type: Schema.Types.Mixed, required: true },
    },
    createdAt: { type: Date, required: true },
  },
  { _id: false },
);

/** Where the relay looks for pending entries; the index holds only documents that have some. */
export const PENDING_OUTBOX_FILTER = { 'outbox.eventId': { $exists: true } } as const;

/**
 * Gives an aggregate its own outbox. Entries are appended in the same single-document update
 * that changes the aggregate (atomic without transactions) and removed by the relay once sent.
 */
export function outboxPlugin(schema: Schema): void {
  schema.add({ outbox: { type: [outboxEntrySchema], default: [] } });
  schema.index({ 'outbox.eventId': 1 }, { sparse: true });
}
