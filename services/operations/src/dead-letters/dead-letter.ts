import type { KafkaMessage } from 'kafkajs';
import type { KafkaRecord } from '@harbour/contracts';
import { DeadLetterHeaders } from '@harbour/messaging';

/** What an operator did with a parked record; the reason is a code, the note stays in this service. */
export const DeadLetterActions = ['replayed', 'discarded'] as const;
export type DeadLetterAction = (typeof DeadLetterActions)[number];

/** Why an operator replays or discards a record: codes only, so that what is published or listed holds no free text. */
export const DeadLetterActionReasons = ['consumer-fixed', 'journey-now-exists', 'data-corrected-at-source', 'duplicate', 'test-data', 'sent-in-error'] as const;
export type DeadLetterActionReason = (typeof DeadLetterActionReasons)[number];

export type DeadLetterState = 'parked' | DeadLetterAction;

/** Set on a replayed record: where it was parked, so that a record parked again can be traced to its replay. */
export const REPLAYED_FROM_HEADER = 'harbour-replayed-from';

/**
 * A record a consumer refused, as operations list it: where it came from, why it was refused,
 * the codes and ids that name it (never its content), and what operators did with it.
 * The record itself is kept to be replayed as it was, and is never shown.
 */
export interface DeadLetter {
  /**
   * `<topic>:<partition>:<offset>` of the refused record: one entry however often it is read, and
   * one when several consumer groups refused it (a replay reaches every group again).
   */
  deadLetterId: string;
  originTopic: string;
  originPartition: number;
  originOffset: string;
  reason: string;
  parkedAt: string;
  eventId?: string;
  eventType?: string;
  journeyId?: string;
  state: DeadLetterState;
  actions: { action: DeadLetterAction; reason: DeadLetterActionReason; by: string; at: string }[];
  record: { key: string | null; value: string | null; headers: Record<string, string> };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const headerText = (value: Buffer | string | (Buffer | string)[] | undefined): string | undefined =>
  value === undefined ? undefined : Array.isArray(value) ? headerText(value[0]) : value.toString();

/** The dead letter a parked record tells, or the reason it is not one (a record without the parking headers). */
export function deadLetterOf(message: KafkaMessage): { ok: true; value: DeadLetter } | { ok: false; reason: string } {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(message.headers ?? {})) {
    const text = headerText(value);
    if (text !== undefined) headers[name] = text;
  }
  const parked = Object.fromEntries(Object.entries(DeadLetterHeaders).map(([field, header]) => [field, headers[header]])) as Record<keyof typeof DeadLetterHeaders, string | undefined>;
  if (!parked.reason || !parked.topic || !parked.partition || !parked.offset || !parked.at) {
    return { ok: false, reason: `not a parked record: it lacks the ${Object.values(DeadLetterHeaders).join(', ')} headers` };
  }
  const original = Object.fromEntries(Object.entries(headers).filter(([name]) => !Object.values<string>(DeadLetterHeaders).includes(name)));
  const key = message.key?.toString() ?? null;
  return {
    ok: true,
    value: {
      deadLetterId: `${parked.topic}:${parked.partition}:${parked.offset}`,
      originTopic: parked.topic,
      originPartition: Number(parked.partition),
      originOffset: parked.offset,
      reason: parked.reason,
      parkedAt: parked.at,
      ...(headers.ce_id ? { eventId: headers.ce_id } : {}),
      ...(headers.ce_type ? { eventType: headers.ce_type } : {}),
      ...(key && UUID.test(key) ? { journeyId: key } : {}),
      state: 'parked',
      actions: [],
      record: { key, value: message.value?.toString('base64') ?? null, headers: original },
    },
  };
}

/** The record to send again to its own topic: as it was, marked with where it was parked. */
export const DEAD_LETTER_ID = /^[a-z0-9.-]{1,200}:\d{1,5}:\d{1,20}$/;

export function replayRecord(deadLetter: DeadLetter): { topic: string; record: KafkaRecord } {
  const { key, value, headers } = deadLetter.record;
  return {
    topic: deadLetter.originTopic,
    record: { key, value: value === null ? null : Buffer.from(value, 'base64'), headers: { ...headers, [REPLAYED_FROM_HEADER]: deadLetter.deadLetterId } },
  };
}

/** A dead letter as the API and the console show it: without the record. */
export type DeadLetterSummary = Omit<DeadLetter, 'record'>;

export function summaryOf({ record: _record, ...summary }: DeadLetter): DeadLetterSummary {
  return summary;
}
