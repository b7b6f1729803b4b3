import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { bundleWorkflowCode } from '@temporalio/worker';
import { repoRoot } from './repo-root';
import { workflowTracingModules } from './tracing';

/**
 * The @harbour/* path aliases of tsconfig.base.json as webpack aliases, so the bundler resolves
 * workflow imports exactly as the compiler does.
 */
export function harbourWebpackAliases(root = repoRoot()): Record<string, string> {
  const tsconfig = JSON.parse(readFileSync(path.join(root, 'tsconfig.base.json'), 'utf8')) as {
    compilerOptions: { paths: Record<string, string[]> };
  };
  return Object.fromEntries(
    Object.entries(tsconfig.compilerOptions.paths).map(([alias, [target]]) => [
      alias.replace(/\/\*$/, ''),
      path.join(root, target.replace(/\/\*$/, '')),
    ]),
  );
}

/** Where the journey workflows are. The bundle is always built from the TypeScript sources. */
export function journeyWorkflowsPath(root = repoRoot()): string {
  return path.join(root, 'workflows', 'journeys', 'src', 'workflows.ts');
}

/** Where `npm run build` writes the journey workflow bundle, which compiled workers load. */
export function builtJourneyBundlePath(root = repoRoot()): string {
  return path.join(root, 'dist', 'workflow-bundles', 'journeys.js');
}

/**
 * Everything the journey bundle is made of: workflow code imports only contracts and rules (lint
 * enforces it), plus the failure converter, the SDK and the path map.
 */
const journeyBundleInputs = [
  'workflows/journeys/src',
  'workflows/rules/src',
  'libs/contracts/src',
  'libs/temporal/src/failure-converter.ts',
  'libs/temporal/src/refused-payload.ts',
  'libs/temporal/src/refused-payload-interceptor.ts',
  'tsconfig.base.json',
  'package-lock.json',
];

/**
 * Bundles the journey workflows with webpack from the TypeScript sources, with the failure
 * converter, the tracing interceptors and the refused-payload interceptor every journey worker and replayer uses. Build time
 * (and tests) only: workers load the result by path.
 */
export async function bundleJourneyWorkflows(root = repoRoot()): Promise<string> {
  const aliases = harbourWebpackAliases(root);
  const { code } = await bundleWorkflowCode({
    workflowsPath: journeyWorkflowsPath(root),
    failureConverterPath: path.join(root, 'libs', 'temporal', 'src', 'failure-converter.ts'),
    workflowInterceptorModules: [...workflowTracingModules, path.join(root, 'libs', 'temporal', 'src', 'refused-payload-interceptor.ts')],
    webpackConfigHook: (config) => ({
      ...config,
      resolve: { ...config.resolve, alias: { ...(config.resolve?.alias as Record<string, string | false>), ...aliases } },
    }),
    logger: quietBundlerLogger,
  });
  return code;
}

/** Writes a bundle atomically: a worker never loads half a file, a concurrent writer's copy is as good. */
export function writeBundle(file: string, code: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, code);
  renameSync(partial, file);
}

let journeyBundle: Promise<{ codePath: string }> | undefined;

/**
 * The journey workflow bundle, by path. Compiled code (dist/) loads the bundle `npm run build`
 * wrote and never runs webpack; code run from the TypeScript sources (the tests) shares one
 * bundle per content of its sources under .harbour/, built by the first process that needs it.
 * HARBOUR_WORKFLOW_BUNDLE names another file.
 */
export function journeyWorkflowBundle(): Promise<{ codePath: string }> {
  journeyBundle ??= locateJourneyBundle().catch((error: unknown) => {
    journeyBundle = undefined;
    throw error;
  });
  return journeyBundle;
}

async function locateJourneyBundle(): Promise<{ codePath: string }> {
  const named = process.env.HARBOUR_WORKFLOW_BUNDLE;
  if (named) return { codePath: existingBundle(named) };
  const root = repoRoot();
  if (!__filename.endsWith('.ts')) return { codePath: existingBundle(builtJourneyBundlePath(root)) };
  const folder = path.join(root, '.harbour', 'workflow-bundles');
  const file = path.join(folder, `journeys-${contentHash(root, journeyBundleInputs)}.js`);
  if (!existsSync(file)) {
    writeBundle(file, await bundleJourneyWorkflows(root));
    for (const stale of readdirSync(folder).filter((name) => name.startsWith('journeys-') && name !== path.basename(file))) {
      rmSync(path.join(folder, stale), { force: true });
    }
  }
  return { codePath: file };
}

function existingBundle(file: string): string {
  if (!existsSync(file)) throw new Error(`no workflow bundle at ${file}: npm run build writes it`);
  return file;
}

/** A hash of the files under the given paths (names and contents), in a stable order. */
function contentHash(root: string, inputs: string[]): string {
  const hash = createHash('sha256');
  const visit = (relative: string): void => {
    const absolute = path.join(root, relative);
    if (statSync(absolute).isDirectory()) {
      for (const name of readdirSync(absolute).sort()) visit(path.join(relative, name));
    } else {
      hash.update(relative).update('\0').update(readFileSync(absolute)).update('\0');
    }
  };
  inputs.forEach(visit);
  return hash.digest('hex').slice(0, 16);
}

const ignore = () => undefined;
// Webpack's report is long; failures still surface as the rejected bundle with webpack's errors.
const quietBundlerLogger = {
  log: ignore,
  trace: ignore,
  debug: ignore,
  info: ignore,
  warn: (message: string) => console.warn(message),
  error: (message: string) => console.error(message),
};
