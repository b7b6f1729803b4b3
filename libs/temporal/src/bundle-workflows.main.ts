import path from 'node:path';
import { repoRoot } from './repo-root';
import { builtJourneyBundlePath, bundleJourneyWorkflows, writeBundle } from './workflow-bundle';

// `npm run build` runs this after the compiler, so workers load the bundle by path: no webpack
// when a worker starts, no TypeScript sources in the image.
async function main(): Promise<void> {
  const started = Date.now();
  const file = builtJourneyBundlePath();
  writeBundle(file, await bundleJourneyWorkflows());
  console.log(`journey workflow bundle: ${path.relative(repoRoot(), file)} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

main().catch((error: unknown) => {
  console.error('bundling the journey workflows failed', error);
  process.exit(1);
});
