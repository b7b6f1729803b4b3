import { Global, Module } from '@nestjs/common';
import { getConnectionToken } from '@nestjs/mongoose';
import { Connection } from 'mongoose';
import { AuditController } from './audit.controller';
import { AuditLog } from './audit-log';

/**
 * One audit log per service, in the service's own database (its default mongoose connection),
 * readable by auditors over HTTP. Global, so that the access guard records refusals in it.
 */
@Global()
@Module({
  controllers: [AuditController],
  providers: [{ provide: AuditLog, useFactory: (connection: Connection) => new AuditLog(connection), inject: [getConnectionToken()] }],
  exports: [AuditLog],
})
export class AuditLogModule {}
