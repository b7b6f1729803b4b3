import { readFileSync } from 'node:fs';
import { Topics } from '@harbour/contracts';
import { createKafka } from '@harbour/messaging';
import { checkExport, formatReport, sendToInboundTopic } from './replay-milestones';

const USAGE = 'usage: npm run replay-milestones -- <milestones.jsonl> [--topic <inbound topic>]';

/** Exit codes: 0 all accepted, 1 some refused (the accepted ones were sent), 2 the command could not run. */
export async function replayMilestonesCommand(args: string[], write: (text: string) => void): Promise<number> {
  const topicAt = args.indexOf('--topic');
  const topic = topicAt >= 0 ? args[topicAt + 1] : Topics.justiceMilestonesInbound;
  const files = args.filter((_, index) => topicAt < 0 || (index !== topicAt && index !== topicAt + 1));
  if (files.length !== 1 || !topic) {
    write(USAGE);
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(files[0], 'utf8');
  } catch (error) {
    write(`${files[0]}: ${(error as Error).message}`);
    return 2;
  }
  const { report, records } = checkExport(text);
  await sendToInboundTopic(createKafka({ clientId: 'justice-replay-milestones' }), topic, records);
  write(formatReport(report, topic));
  return report.refused > 0 ? 1 : 0;
}

if (require.main === module) {
  replayMilestonesCommand(process.argv.slice(2), (text) => process.stdout.write(`${text}\n`)).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      process.stderr.write(`milestones not replayed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
