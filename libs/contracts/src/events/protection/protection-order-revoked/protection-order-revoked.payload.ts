import { IsIn, IsISO8601, IsUUID } from 'class-validator';
import { RevocationReason, RevocationReasons } from '../../../vocabulary/vocabulary';

/** A protection order was revoked before its end date; it is no longer in force. */
export class ProtectionOrderRevoked {
  @IsUUID()
  orderId: string;

  @IsIn(RevocationReasons)
  reason: RevocationReason;

  @IsISO8601({ strict: true })
  revokedAt: string;
}
