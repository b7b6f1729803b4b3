export * from './connection/mongo-url';
export * from './connection/mongoose-defaults';
export * from './connection/connect-mongo';
export * from './connection/mongo.module';
export * from './repository/scoped-repository';
export * from './idempotency/processed-events';
export * from './crypto/master-key';
export * from './crypto/keyring';
