import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { API_DOCS_FOLDER, generateApiDocs } from './api-docs';
import { repoRoot } from '@harbour/temporal';

/**
 * Writes docs/api (AsyncAPI and the OpenAPI document of each service) from the code.
 * `--check` writes nothing and fails, naming the files, when the committed documents differ.
 */
async function main(check: boolean): Promise<number> {
  const folder = path.join(repoRoot(), API_DOCS_FOLDER);
  const documents = await generateApiDocs();
  const stale = [...documents].filter(([file, content]) => !existsSync(path.join(folder, file)) || readFileSync(path.join(folder, file), 'utf8') !== content);
  if (check) {
    if (stale.length === 0) return 0;
    console.error(`${API_DOCS_FOLDER} is out of date: ${stale.map(([file]) => file).join(', ')}; run npm run api-docs`);
    return 1;
  }
  for (const [file, content] of stale) {
    mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
    writeFileSync(path.join(folder, file), content);
  }
  console.log(`${API_DOCS_FOLDER}: ${documents.size} documents, ${stale.length} rewritten`);
  return 0;
}

main(process.argv.includes('--check')).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
