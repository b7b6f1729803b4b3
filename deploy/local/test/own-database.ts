import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { mongo } from 'mongoose';
import { waitFor } from '@harbour/testing';

const launcher = path.resolve(__dirname, '../mongo-java-server');

/** A port nothing listens on now: the system picks it, the probe socket gives it back. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * The local default database (deploy/local/mongo-java-server) in a process of this test's own, on
 * a free port and a data file in a temporary folder, so it can be killed without touching the
 * suite's database. `restart` starts it again on the same file and port.
 */
export class OwnDatabase {
  private process?: ChildProcess;
  private log = '';
  readonly folder = mkdtempSync(path.join(tmpdir(), 'harbour-database-'));
  readonly file = path.join(this.folder, 'harbour.mv');

  private constructor(readonly port: number) {}

  static async start(): Promise<OwnDatabase> {
    const database = new OwnDatabase(await freePort());
    await database.restart();
    return database;
  }

  get url(): string {
    return `mongodb://127.0.0.1:${this.port}`;
  }

  async restart(): Promise<void> {
    const child = spawn(launcher, [this.file, String(this.port)], { stdio: ['ignore', 'pipe', 'pipe'] });
    this.process = child;
    child.stdout?.on('data', (chunk) => (this.log += chunk));
    child.stderr?.on('data', (chunk) => (this.log += chunk));
    await waitFor(
      async () => {
        if (child.exitCode !== null) throw new Error(`database exited with ${child.exitCode}: ${this.log}`);
        const client = new mongo.MongoClient(this.url, { serverSelectionTimeoutMS: 500, connectTimeoutMS: 500 });
        try {
          return (await client.db('admin').command({ ping: 1 })).ok === 1;
        } finally {
          await client.close();
        }
      },
      { description: `the database on port ${this.port} to answer`, timeoutMs: 60_000, intervalMs: 250 },
    );
  }

  /** Ends the database process with the given signal and waits until it is gone. */
  async kill(signal: NodeJS.Signals): Promise<void> {
    const child = this.process;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    await exited;
  }

  async stop(): Promise<void> {
    await this.kill('SIGTERM');
    rmSync(this.folder, { recursive: true, force: true });
  }
}
