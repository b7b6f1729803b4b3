import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { GuardianRequest, GuardianRequestStatus, GuardianRequestStatuses } from './child-protection.schema';

export class GuardianRequestView {
  @ApiProperty({ format: 'uuid' })
  guardianRequestId: string;

  @ApiProperty({ format: 'uuid' })
  journeyId: string;

  @ApiProperty({ enum: GuardianRequestStatuses })
  status: GuardianRequestStatus;

  @ApiProperty({ format: 'date-time' })
  requestedAt: string;

  @ApiPropertyOptional({ format: 'uuid' })
  guardianAppointmentId?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  appointedAt?: string;
}

export function toGuardianRequestView(request: GuardianRequest): GuardianRequestView {
  return {
    guardianRequestId: request._id,
    journeyId: request.journeyId,
    status: request.status,
    requestedAt: request.requestedAt.toISOString(),
    ...(request.appointment
      ? { guardianAppointmentId: request.appointment.guardianAppointmentId, appointedAt: request.appointment.appointedAt.toISOString() }
      : {}),
  };
}
