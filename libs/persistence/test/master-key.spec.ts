import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localMasterKey } from '../src';

describe('localMasterKey', () => {
  const saved = { key: process.env.HARBOUR_MASTER_KEY, file: process.env.HARBOUR_MASTER_KEY_FILE };
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'harbour-master-key-'));
    delete process.env.HARBOUR_MASTER_KEY;
    process.env.HARBOUR_MASTER_KEY_FILE = join(dir, 'keys', 'master.key');
  });

  afterEach(async () => {
    for (const [name, value] of [['HARBOUR_MASTER_KEY', saved.key], ['HARBOUR_MASTER_KEY_FILE', saved.file]] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    await rm(dir, { recursive: true, force: true });
  });

  it('creates a private key file on first use and reads the same key afterwards', async () => {
    const [first, concurrent] = await Promise.all([localMasterKey(), localMasterKey()]);
    const again = await localMasterKey();

    expect(first).toHaveLength(32);
    expect(concurrent.equals(first)).toBe(true);
    expect(again.equals(first)).toBe(true);
    const file = process.env.HARBOUR_MASTER_KEY_FILE as string;
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(Buffer.from((await readFile(file, 'utf8')).trim(), 'base64').equals(first)).toBe(true);
  });

  it('prefers HARBOUR_MASTER_KEY when set', async () => {
    const key = randomBytes(32);
    process.env.HARBOUR_MASTER_KEY = key.toString('base64');

    expect((await localMasterKey()).equals(key)).toBe(true);
  });

  it('refuses a key that is not 32 bytes', async () => {
    process.env.HARBOUR_MASTER_KEY = randomBytes(16).toString('base64');

    await expect(localMasterKey()).rejects.toThrow(/32 bytes/);
  });
});
