import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The service's data files (victim-facing texts, web page assets) live in
 * services/reporting/assets, outside the compiled sources; found from here in sources and in
 * dist/ alike.
 */
export function reportingAssetsFolder(): string {
  for (let folder = __dirname; ; folder = path.dirname(folder)) {
    const candidate = path.join(folder, 'services', 'reporting', 'assets');
    if (existsSync(candidate)) return candidate;
    if (path.dirname(folder) === folder) throw new Error(`no services/reporting/assets above ${__dirname}`);
  }
}
