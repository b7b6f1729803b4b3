import { readFileSync } from 'node:fs';
import path from 'node:path';
import { bundleWorkflowCode, WorkflowBundleWithSourceMap } from '@temporalio/worker';
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

let journeyBundle: Promise<WorkflowBundleWithSourceMap> | undefined;

/**
 * Bundles the journey workflows once per process, from the sources in the repository, with the
 * failure converter and the tracing interceptors every journey worker and replayer uses.
 */
export function journeyWorkflowBundle(): Promise<WorkflowBundleWithSourceMap> {
  journeyBundle ??= bundleJourneyWorkflows().catch((error: unknown) => {
    journeyBundle = undefined;
    throw error;
  });
  return journeyBundle;
}

async function bundleJourneyWorkflows(): Promise<WorkflowBundleWithSourceMap> {
  const root = repoRoot();
  const aliases = harbourWebpackAliases(root);
  return bundleWorkflowCode({
    workflowsPath: journeyWorkflowsPath(root),
    failureConverterPath: path.join(root, 'libs', 'temporal', 'src', 'failure-converter.ts'),
    workflowInterceptorModules: workflowTracingModules,
    webpackConfigHook: (config) => ({
      ...config,
      resolve: { ...config.resolve, alias: { ...(config.resolve?.alias as Record<string, string | false>), ...aliases } },
    }),
    logger: quietBundlerLogger,
  });
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
