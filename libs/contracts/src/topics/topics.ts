/**
 * Every Kafka topic Harbour uses, one per bounded context and major version. Producers and
 * consumers import these constants; no topic name is written anywhere else.
 */
export const Topics = {
  identification: 'harbour.identification.v1',
  reporting: 'harbour.reporting.v1',
  support: 'harbour.support.v1',
  protection: 'harbour.protection.v1',
  justice: 'harbour.justice.v1',
  compensation: 'harbour.compensation.v1',
  journey: 'harbour.journey.v1',
  /** Who takes part in which journey; read by every service's participants projection, not by the journey router. */
  participation: 'harbour.participation.v1',
  /** Milestones exported by national justice systems, as they send them; justice validates and records them. */
  justiceMilestonesInbound: 'harbour.justice.milestones.inbound.v1',
} as const;

export type Topic = (typeof Topics)[keyof typeof Topics];

/** Where a consumer parks a record it cannot accept, with the reason in its headers. */
export function deadLetterTopic(topic: string): string {
  return `${topic}.dlq`;
}

/** Topics whose facts the journey router turns into journey signals. */
export const JourneyFactTopics: readonly Topic[] = [
  Topics.identification,
  Topics.reporting,
  Topics.support,
  Topics.protection,
  Topics.justice,
  Topics.compensation,
];
