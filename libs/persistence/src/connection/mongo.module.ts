import { DynamicModule, Module } from '@nestjs/common';
import { getConnectionToken, MongooseModule } from '@nestjs/mongoose';
import { Connection } from 'mongoose';
import { Keyring } from '../crypto/keyring';
import { ProcessedEvents } from '../idempotency/processed-events';
import { connectionOptions } from './connection-options';
import { mongoUrl, serviceDbName } from './mongo-url';
import { applyMongooseDefaults } from './mongoose-defaults';

/** A service's own database, with its processed-events store and its keyring for personal fields. */
@Module({})
export class MongoModule {
  static forService(serviceName: string): DynamicModule {
    return {
      module: MongoModule,
      global: true,
      imports: [
        MongooseModule.forRootAsync({
          useFactory: async () => {
            applyMongooseDefaults();
            return { uri: mongoUrl(), dbName: serviceDbName(serviceName), ...(await connectionOptions()) };
          },
        }),
      ],
      providers: [
        { provide: ProcessedEvents, useFactory: (connection: Connection) => new ProcessedEvents(connection), inject: [getConnectionToken()] },
        { provide: Keyring, useFactory: (connection: Connection) => Keyring.open(connection), inject: [getConnectionToken()] },
      ],
      exports: [ProcessedEvents, Keyring],
    };
  }
}
