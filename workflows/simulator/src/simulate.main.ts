import { readFileSync } from 'node:fs';
import { DefaultLogger, makeTelemetryFilterString, Runtime } from '@temporalio/worker';
import { datedLines, renderTimeline } from './render-timeline';
import { runScenario } from './run-scenario';
import { parseScenario, ScenarioError } from './scenario';

const USAGE = 'usage: npm run simulate -- <scenario.json> [--json]';

/** `npm run simulate -- <scenario.json> [--json]`: plays a scripted journey and prints its timeline. */
async function main(args: string[]): Promise<void> {
  const json = args.includes('--json');
  const files = args.filter((arg) => arg !== '--json');
  if (files.length !== 1) throw new ScenarioError([USAGE]);
  let input: unknown;
  try {
    input = JSON.parse(readFileSync(files[0], 'utf8'));
  } catch (error) {
    throw new ScenarioError([`${files[0]}: ${error instanceof Error ? error.message : String(error)}`]);
  }
  // A minute's margin: the test server's clock starts when the simulation does.
  const scenario = parseScenario(input, { notBefore: Date.now() + 60_000 });
  // Once per process. The timeline is the output; the SDK's notices about the test server would bury it.
  Runtime.install({ logger: new DefaultLogger('ERROR'), telemetryOptions: { logging: { filter: makeTelemetryFilterString({ core: 'ERROR' }) } } });
  const result = await runScenario(scenario);
  const { finalStage, published } = result;
  const output = json
    ? JSON.stringify({ title: scenario.title, journeyId: scenario.journeyId, country: scenario.country, timeline: datedLines(result), finalStage, published: published.length }, null, 2)
    : renderTimeline(result);
  process.stdout.write(`${output}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = error instanceof ScenarioError ? 2 : 1;
});
