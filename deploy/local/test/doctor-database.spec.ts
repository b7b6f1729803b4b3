import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const harbour = resolve(__dirname, '..', 'harbour');

function doctor(env: Record<string, string>, ...args: string[]) {
  const run = spawnSync('bash', [harbour, 'doctor', ...args], { env: { ...process.env, ...env }, encoding: 'utf8' });
  return { status: run.status, report: run.stderr };
}

// What the doctor says of the local database, which deploy/local chooses by HARBOUR_DATABASE.
describe('deploy/local/harbour doctor on the database', () => {
  it('finds the default database, mongo-java-server, in the cache once installed', () => {
    const { report } = doctor({});
    expect(report).toMatch(/ok\s+database\s+mongo-java-server 1\.47\.0 on H2 \(cached\)/);
  });

  it('counts a database not yet in the cache as still to install before the install runs', () => {
    const { report } = doctor({ HARBOUR_CACHE: mkdtempSync(join(tmpdir(), 'harbour-empty-cache-')) }, '--before-install');
    expect(report).toMatch(/install\s+database\s+mongo-java-server 1\.47\.0 on H2 will be fetched from Maven Central/);
  });

  it('names FerretDB, to be built, when it is the chosen database', () => {
    const { report } = doctor({ HARBOUR_DATABASE: 'ferretdb', HARBOUR_CACHE: mkdtempSync(join(tmpdir(), 'harbour-empty-cache-')) }, '--before-install');
    expect(report).toMatch(/install\s+database\s+FerretDB 1\.24\.2 will be built from the Go module proxy/);
  });

  it('refuses a database Harbour does not run, and says which ones it does', () => {
    const { status, report } = doctor({ HARBOUR_DATABASE: 'mysql' });
    expect(status).toBe(1);
    expect(report).toMatch(/MISSING\s+database\s+HARBOUR_DATABASE=mysql is not a database Harbour runs/);
    expect(report).toContain('fix: unset HARBOUR_DATABASE (mongo-java-server), or HARBOUR_DATABASE=ferretdb');
  });
});
