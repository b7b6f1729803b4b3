import mongoose, { Connection } from 'mongoose';
import { connectionOptions } from './connection-options';
import { mongoUrl } from './mongo-url';
import { applyMongooseDefaults } from './mongoose-defaults';

/** Opens a connection to one database, for code that runs outside Nest. Close it when done. */
export async function connectMongo(dbName: string): Promise<Connection> {
  applyMongooseDefaults();
  return mongoose.createConnection(mongoUrl(), { dbName, ...(await connectionOptions()) }).asPromise();
}
