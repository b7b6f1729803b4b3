import { existsSync } from 'node:fs';
import path from 'node:path';

/** The repository root (the folder with nx.json), found from this file in sources and in dist/ alike. */
export function repoRoot(): string {
  for (let folder = __dirname; ; folder = path.dirname(folder)) {
    if (existsSync(path.join(folder, 'nx.json'))) return folder;
    if (path.dirname(folder) === folder) throw new Error(`no nx.json above ${__dirname}: cannot find the Harbour repository`);
  }
}
