import { Module } from '@nestjs/common';
import { getConnectionToken } from '@nestjs/mongoose';
import { Connection } from 'mongoose';
import { AuditLog } from './audit-log';

/** One audit log per service, in the service's own database (its default mongoose connection). */
@Module({
  providers: [{ provide: AuditLog, useFactory: (connection: Connection) => new AuditLog(connection), inject: [getConnectionToken()] }],
  exports: [AuditLog],
})
export class AuditLogModule {}
