import { journeyStateQuery, journeyWorkflowId } from '@harbour/contracts';
import { connectTemporalClient } from '@harbour/temporal';

// Prints a journey's state (stage, obligations with due times and legal bases, referrals) for
// operations. Temporal's own tools show only encrypted payloads; this one holds the key.
async function main(journeyId: string | undefined): Promise<void> {
  if (!journeyId) throw new Error('usage: npm run -s journey -- <journeyId>');
  const client = await connectTemporalClient();
  try {
    const state = await client.workflow.getHandle(journeyWorkflowId(journeyId)).query(journeyStateQuery);
    console.log(JSON.stringify(state, null, 2));
  } finally {
    await client.connection.close();
  }
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
