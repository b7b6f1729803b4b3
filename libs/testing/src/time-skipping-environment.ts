import * as path from 'node:path';
import { TestWorkflowEnvironment, TimeSkippingTestWorkflowEnvironmentOptions } from '@temporalio/testing';

/** The wrapper that runs Temporal's Java time-skipping test server from the Harbour cache. */
export function testServerExecutable(env: NodeJS.ProcessEnv = process.env): string {
  return env.HARBOUR_TEST_SERVER || path.resolve(__dirname, '../../../deploy/local/temporal-test-server');
}

export type TimeSkippingOptions = Omit<TimeSkippingTestWorkflowEnvironmentOptions, 'server'> & {
  server?: Omit<NonNullable<TimeSkippingTestWorkflowEnvironmentOptions['server']>, 'executable'>;
};

/**
 * A time-skipping Temporal environment on the locally installed test server (never a download).
 * Options such as `client.dataConverter` or `plugins` pass through to the SDK.
 */
export function createTimeSkippingEnvironment(options: TimeSkippingOptions = {}): Promise<TestWorkflowEnvironment> {
  return TestWorkflowEnvironment.createTimeSkipping({
    ...options,
    server: { ...options.server, executable: { type: 'existing-path', path: testServerExecutable() } },
  });
}
