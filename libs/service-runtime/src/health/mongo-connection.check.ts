import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { Connection, ConnectionStates } from 'mongoose';
import { ReadinessCheck } from './readiness-check';

/** Ready while the service's mongoose connection is open. Reads the state only: no query can hang here. */
@Injectable()
export class MongoConnectionCheck implements ReadinessCheck {
  readonly name = 'mongo';

  constructor(@InjectConnection() private readonly connection: Connection) {}

  check(): void {
    const state = this.connection.readyState;
    if (state !== ConnectionStates.connected) throw new Error(`database connection is ${ConnectionStates[state]}`);
  }
}
