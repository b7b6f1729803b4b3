import { IsBoolean, IsISO8601, IsUUID, ValidateIf } from 'class-validator';
import { IsWithinCalendarYears } from '../../../vocabulary/within-calendar-years';

/** Whether a protection order is renewed was decided before it ended; a renewal names the new end. */
export class ProtectionOrderRenewalDecided {
  @IsUUID()
  orderId: string;

  @IsBoolean()
  renewed: boolean;

  /** The new end date; required when the order is renewed. */
  @ValidateIf((decision: ProtectionOrderRenewalDecided) => decision.renewed === true)
  @IsISO8601({ strict: true })
  @IsWithinCalendarYears()
  endsAt?: string;

  @IsISO8601({ strict: true })
  @IsWithinCalendarYears()
  decidedAt: string;
}
