import { IsIn, IsISO8601, IsUUID } from 'class-validator';
import { ProtectionOrderKind, ProtectionOrderKinds } from '../../../vocabulary/vocabulary';
import { IsWithinCalendarYears } from '../../../vocabulary/within-calendar-years';
import { JourneyDoorFields } from '../../journey-door';

/** A protection order or measure was issued for the victim, in force from startsAt until endsAt. */
export class ProtectionOrderIssued extends JourneyDoorFields {
  @IsUUID()
  orderId: string;

  @IsIn(ProtectionOrderKinds)
  kind: ProtectionOrderKind;

  @IsISO8601({ strict: true })
  @IsWithinCalendarYears()
  startsAt: string;

  @IsISO8601({ strict: true })
  @IsWithinCalendarYears()
  endsAt: string;
}
