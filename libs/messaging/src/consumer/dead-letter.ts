import { IHeaders, KafkaMessage, Message } from 'kafkajs';
import { deadLetterTopic } from '@harbour/contracts';

export const DeadLetterHeaders = {
  reason: 'harbour-dlq-reason',
  topic: 'harbour-dlq-topic',
  partition: 'harbour-dlq-partition',
  offset: 'harbour-dlq-offset',
  at: 'harbour-dlq-at',
} as const;

/** The original record, untouched, plus where it came from and why it was refused. */
export function deadLetterRecord(
  origin: { topic: string; partition: number; message: KafkaMessage },
  reason: string,
  at: Date,
): { topic: string; message: Message } {
  const headers: IHeaders = {
    ...origin.message.headers,
    [DeadLetterHeaders.reason]: reason,
    [DeadLetterHeaders.topic]: origin.topic,
    [DeadLetterHeaders.partition]: String(origin.partition),
    [DeadLetterHeaders.offset]: origin.message.offset,
    [DeadLetterHeaders.at]: at.toISOString(),
  };
  return {
    topic: deadLetterTopic(origin.topic),
    message: { key: origin.message.key, value: origin.message.value, headers },
  };
}
