import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { createServer, Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const harbour = resolve(__dirname, '..', 'harbour');

function doctor(env: Record<string, string>, ...args: string[]) {
  const run = spawnSync('bash', [harbour, 'doctor', ...args], { env: { ...process.env, ...env }, encoding: 'utf8' });
  return { status: run.status, report: run.stderr };
}

/** A PATH with every command of this machine except the named ones, to take a tool away. */
function pathWithout(...commands: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'harbour-doctor-path-'));
  for (const folder of (process.env.PATH ?? '').split(':').filter((entry) => entry && existsSync(entry))) {
    for (const name of readdirSync(folder)) {
      if (!commands.includes(name) && !existsSync(join(dir, name))) symlinkSync(join(folder, name), join(dir, name));
    }
  }
  return dir;
}

// The doctor runs before anything else in `npm test`: each missing prerequisite must be named with
// the command that installs it, instead of surfacing later as dozens of failing tests.
describe('deploy/local/harbour doctor', () => {
  it('passes on a machine that has everything (this one, once `harbour install` ran)', () => {
    const { status, report } = doctor({});
    expect(report).toContain('every prerequisite is in place');
    expect(status).toBe(0);
  });

  it('names a missing Chromium and the command that installs it', () => {
    const { status, report } = doctor({ HARBOUR_CHROMIUM: '/nonexistent/chromium' });
    expect(status).toBe(1);
    expect(report).toMatch(/MISSING\s+chromium\s+no Chromium at \/nonexistent\/chromium/);
    expect(report).toContain('fix: deploy/local/harbour install browser');
  });

  it('names missing Node.js and Java with their install commands', () => {
    const { status, report } = doctor({ PATH: pathWithout('node', 'java') });
    expect(status).toBe(1);
    expect(report).toMatch(/MISSING\s+node\s+Node.js is not on PATH/);
    expect(report).toMatch(/MISSING\s+java\s+Java 17\+ is not on PATH[\s\S]*fix: apt-get install -y openjdk-17-jre-headless/);
  });

  it('names Go and Maven as needed only while a server is not yet cached', () => {
    const { report } = doctor({ PATH: pathWithout('mvn', 'go'), HARBOUR_CACHE: mkdtempSync(join(tmpdir(), 'harbour-empty-cache-')) });
    expect(report).toMatch(/MISSING\s+maven\s+Maven is needed once/);
    expect(report).toMatch(/MISSING\s+go\s+Go 1.22\+ is needed once/);
  });

  it('names a server port taken by a process it did not start', async () => {
    const squatter: Server = createServer();
    await new Promise<void>((listening) => squatter.listen(0, '127.0.0.1', listening));
    const port = (squatter.address() as { port: number }).port;
    try {
      const { status, report } = doctor({ HARBOUR_MONGO_PORT: String(port), MONGO_URL: '', HARBOUR_STATE: mkdtempSync(join(tmpdir(), 'harbour-state-')) });
      expect(status).toBe(1);
      expect(report).toMatch(new RegExp(`taken by a process this script did not start: .*\\b${port}\\(mongo\\)`));
    } finally {
      squatter.close();
    }
  });

  it('names too little free disk', () => {
    const { status, report } = doctor({ HARBOUR_MIN_FREE_MIB: String(1024 * 1024 * 1024) });
    expect(status).toBe(1);
    expect(report).toMatch(/MISSING\s+disk\s+\d+ MiB free under .*, 1073741824 MiB needed/);
  });

  it('counts what `harbour install` provides as still to install before it runs', () => {
    const { report } = doctor({ HARBOUR_CHROMIUM: '/nonexistent/chromium' }, '--before-install');
    expect(report).toMatch(/install\s+chromium\s+Debian's chromium will be installed/);
  });
});
