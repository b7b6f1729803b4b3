import { AuthenticatedRequest } from '../http/authenticated-request';
import { AuditLog } from './audit-log';

/** Writes a refused call to the audit log by the route's template, not its path: ids and codes a caller typed stay out. */
export async function recordRefusal(audit: AuditLog | undefined, request: AuthenticatedRequest, status: 401 | 403): Promise<void> {
  const route = (request.route as { path?: string } | undefined)?.path ?? 'unknown route';
  const actor = status === 401 ? 'anonymous' : (request.principal?.subject ?? 'anonymous');
  await audit?.record({ actor, action: `access.refused.${status}`, resource: `${request.method} ${route}`.slice(0, 256) });
}
