import { Kafka } from 'kafkajs';
import { readInboundMilestone } from '../milestones/read-inbound-milestone';

export type LineOutcome =
  | { line: number; outcome: 'accepted'; messageId: string }
  | { line: number; outcome: 'refused'; reasons: string[] }
  /** The same message id as an earlier line: sent once, as the service would record it once. */
  | { line: number; outcome: 'duplicate'; messageId: string; firstLine: number };

export interface ReplayReport {
  lines: LineOutcome[];
  accepted: number;
  refused: number;
  duplicates: number;
}

/** A milestone ready for the inbound topic: keyed by its journey, as national systems send them. */
export interface InboundRecord {
  key: string;
  value: string;
}

/**
 * Checks every line of a JSON Lines export with the same rules as the service, and says for
 * each whether it is accepted, refused (with every reason) or a repeat of an earlier line.
 * Blank lines are skipped; line numbers are the file's own.
 */
export function checkExport(text: string): { report: ReplayReport; records: InboundRecord[] } {
  const lines: LineOutcome[] = [];
  const records: InboundRecord[] = [];
  const firstLineOf = new Map<string, number>();
  text.split(/\r?\n/).forEach((content, index) => {
    const line = index + 1;
    if (content.trim() === '') return;
    const read = readInboundMilestone(content);
    if (!read.ok) {
      lines.push({ line, outcome: 'refused', reasons: read.reason.split('; ') });
      return;
    }
    const { messageId, journeyId } = read.value;
    const firstLine = firstLineOf.get(messageId);
    if (firstLine !== undefined) {
      lines.push({ line, outcome: 'duplicate', messageId, firstLine });
      return;
    }
    firstLineOf.set(messageId, line);
    lines.push({ line, outcome: 'accepted', messageId });
    records.push({ key: journeyId, value: content });
  });
  const count = (outcome: LineOutcome['outcome']) => lines.filter((entry) => entry.outcome === outcome).length;
  return { report: { lines, accepted: count('accepted'), refused: count('refused'), duplicates: count('duplicate') }, records };
}

/** Sends the accepted milestones to the inbound topic, in file order, and waits for every in-sync replica. */
export async function sendToInboundTopic(kafka: Kafka, topic: string, records: readonly InboundRecord[]): Promise<void> {
  if (records.length === 0) return;
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  try {
    await producer.send({ topic, acks: -1, messages: records.map(({ key, value }) => ({ key, value })) });
  } finally {
    await producer.disconnect();
  }
}

export function formatReport(report: ReplayReport, topic: string): string {
  const lines = report.lines.map((entry) => {
    switch (entry.outcome) {
      case 'accepted':
        return `line ${entry.line}: accepted (${entry.messageId})`;
      case 'duplicate':
        return `line ${entry.line}: duplicate of line ${entry.firstLine} (${entry.messageId}), not sent again`;
      case 'refused':
        return `line ${entry.line}: refused\n${entry.reasons.map((reason) => `  - ${reason}`).join('\n')}`;
    }
  });
  const totals = `${report.accepted} accepted and sent to ${topic}, ${report.refused} refused, ${report.duplicates} duplicate(s)`;
  return [...lines, totals].join('\n');
}
