import { IsISO8601, IsUUID } from 'class-validator';

/** An interpreter was booked for the victim's interview or hearing (VRD Art 7). */
export class InterpretationBooked {
  @IsUUID()
  hearingId: string;

  @IsUUID()
  bookingId: string;

  @IsISO8601({ strict: true })
  bookedAt: string;
}
