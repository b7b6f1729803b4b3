import { Connection } from '@temporalio/client';
import { msToTs } from '@temporalio/common/lib/time';
import { temporal } from '@temporalio/proto';
import { JourneySearchAttributes } from '@harbour/contracts';
import { temporalConnectionOptions, temporalSettings } from '@harbour/temporal';
import { retryUntilReady } from '../runtime/retry-until-ready';

const { IndexedValueType } = temporal.api.enums.v1;
type IndexedValueTypeName = keyof typeof IndexedValueType;

export interface NamespaceSettings {
  namespace: string;
  /** How long closed journeys' histories stay in Temporal. */
  retentionDays: number;
}

/** The journey search attributes as Temporal registers them, read from the contracts. */
export function journeySearchAttributes(): Record<string, temporal.api.enums.v1.IndexedValueType> {
  return Object.fromEntries(
    Object.values(JourneySearchAttributes).map(({ name, type }) => [
      name,
      IndexedValueType[`INDEXED_VALUE_TYPE_${type.toUpperCase()}` as IndexedValueTypeName],
    ]),
  );
}

async function namespaceExists(connection: Connection, namespace: string): Promise<boolean> {
  try {
    await connection.workflowService.describeNamespace({ namespace });
    return true;
  } catch (error) {
    if ((error as { code?: number }).code === 5 /* gRPC NOT_FOUND */) return false;
    throw error;
  }
}

async function missingSearchAttributes(connection: Connection, namespace: string): Promise<Record<string, number>> {
  const { customAttributes } = await connection.operatorService.listSearchAttributes({ namespace });
  return Object.fromEntries(
    Object.entries(journeySearchAttributes()).filter(([name]) => customAttributes?.[name] === undefined),
  );
}

/**
 * Registers the namespace when it is missing and adds the journey search attributes it lacks.
 * Safe to run on every deployment. Returns what it changed.
 */
export async function ensureNamespace(
  connection: Connection,
  { namespace, retentionDays }: NamespaceSettings,
): Promise<{ registered: boolean; addedSearchAttributes: string[] }> {
  const registered = !(await namespaceExists(connection, namespace));
  if (registered) {
    await connection.workflowService.registerNamespace({
      namespace,
      workflowExecutionRetentionPeriod: msToTs(`${retentionDays} days`),
    });
  }
  // A namespace just registered reaches every frontend's cache within seconds.
  const addedSearchAttributes = await retryUntilReady(
    async () => {
      const missing = await missingSearchAttributes(connection, namespace);
      if (Object.keys(missing).length > 0) {
        await connection.operatorService.addSearchAttributes({ namespace, searchAttributes: missing });
      }
      return Object.keys(missing);
    },
    { what: `namespace ${namespace}`, attempts: 30, delayMs: 1000 },
  );
  return { registered, addedSearchAttributes };
}

async function main(): Promise<void> {
  const connectionOptions = temporalConnectionOptions(temporalSettings());
  const settings = {
    namespace: process.env.TEMPORAL_NAMESPACE || 'harbour',
    retentionDays: Number(process.env.HARBOUR_TEMPORAL_RETENTION_DAYS || 30),
  };
  const connection = await retryUntilReady(() => Connection.connect(connectionOptions), { what: 'Temporal' });
  try {
    const outcome = await retryUntilReady(() => ensureNamespace(connection, settings), { what: 'Temporal' });
    console.log(`Temporal namespace ${settings.namespace} ready: ${JSON.stringify(outcome)}`);
  } finally {
    await connection.close();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(`registering the Temporal namespace failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
