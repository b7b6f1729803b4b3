import { Client, Connection } from '@temporalio/client';
import { harbourDataConverter } from './data-converter';
import { temporalConnectionOptions, TemporalSettings, temporalSettings } from './temporal-settings';
import { clientTracingInterceptors } from './tracing';

/** A client on the existing connection, with Harbour's data converter and tracing. */
export function harbourTemporalClient(connection: Connection, settings: TemporalSettings = temporalSettings()): Client {
  return new Client({
    connection,
    namespace: settings.namespace,
    dataConverter: harbourDataConverter(settings),
    interceptors: clientTracingInterceptors(),
  });
}

/** Connects to Temporal; close with `client.connection.close()`. */
export async function connectTemporalClient(settings: TemporalSettings = temporalSettings()): Promise<Client> {
  return harbourTemporalClient(await Connection.connect(temporalConnectionOptions(settings)), settings);
}
