import { mongo } from 'mongoose';
import { mongoUrl } from './mongo-url';

/**
 * FerretDB v1 applies an update as a read followed by a write, with no isolation between
 * connections: concurrent updates of one document are lost, even though each reports success
 * (measured: 200 parallel `$push` to one document kept 73). Against FerretDB a process
 * therefore uses a single connection, which serialises its own operations and keeps
 * single-document updates atomic for it. MongoDB keeps its default pool.
 */
export async function connectionOptions(): Promise<{ maxPoolSize?: number }> {
  const client = await mongo.MongoClient.connect(mongoUrl(), { maxPoolSize: 1 });
  try {
    const info = await client.db('admin').command({ buildInfo: 1 });
    return 'ferretdbVersion' in info ? { maxPoolSize: 1 } : {};
  } finally {
    await client.close();
  }
}
