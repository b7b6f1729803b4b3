import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';

/** Supplies the 32-byte master key that wraps every journey's data key; pluggable (KMS, HSM, file). */
export type MasterKeySource = () => Promise<Buffer>;

const KEY_BYTES = 32;

/**
 * The master key from HARBOUR_MASTER_KEY (base64), otherwise from the key file at
 * HARBOUR_MASTER_KEY_FILE (default `<repo>/.harbour/keys/master.key`), created with mode
 * 0600 on first use.
 */
export const localMasterKey: MasterKeySource = async () => {
  const inline = process.env.HARBOUR_MASTER_KEY;
  if (inline) return decodeKey(inline, 'HARBOUR_MASTER_KEY');
  const file = process.env.HARBOUR_MASTER_KEY_FILE ?? join(repositoryRoot(), '.harbour', 'keys', 'master.key');
  return decodeKey(await readOrCreateKeyFile(file), file);
};

function decodeKey(base64: string, origin: string): Buffer {
  const key = Buffer.from(base64.trim(), 'base64');
  if (key.length !== KEY_BYTES) throw new Error(`master key from ${origin} must be ${KEY_BYTES} bytes, base64-encoded`);
  return key;
}

async function readOrCreateKeyFile(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await mkdir(dirname(file), { recursive: true, mode: 0o700 });
  // Written aside and linked into place, so a concurrent first use never reads half a key
  // and exactly one key wins.
  const draft = `${file}.${randomUUID()}.tmp`;
  await writeFile(draft, `${randomBytes(KEY_BYTES).toString('base64')}\n`, { mode: 0o600 });
  try {
    await link(draft, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    await unlink(draft);
  }
  return readFile(file, 'utf8');
}

/** The nearest directory above the working directory that holds nx.json, else the working directory. */
function repositoryRoot(): string {
  for (let dir = process.cwd(); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'nx.json'))) return dir;
    if (dirname(dir) === dir) return resolve(process.cwd());
  }
}
