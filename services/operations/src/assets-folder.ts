import { existsSync } from 'node:fs';
import path from 'node:path';

/** The console's texts and stylesheet live in services/operations/assets; found from sources and dist/ alike. */
export function operationsAssetsFolder(): string {
  for (let folder = __dirname; ; folder = path.dirname(folder)) {
    const candidate = path.join(folder, 'services', 'operations', 'assets');
    if (existsSync(candidate)) return candidate;
    if (path.dirname(folder) === folder) throw new Error(`no services/operations/assets above ${__dirname}`);
  }
}
