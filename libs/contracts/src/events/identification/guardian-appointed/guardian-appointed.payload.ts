import { IsISO8601, IsUUID } from 'class-validator';

/** A guardian was appointed for a presumed child (ATD Art 13(2)). */
export class GuardianAppointed {
  @IsUUID()
  guardianAppointmentId: string;

  @IsISO8601({ strict: true })
  appointedAt: string;
}
