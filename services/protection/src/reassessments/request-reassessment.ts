import { Injectable } from '@nestjs/common';
import { ReassessmentReason } from '@harbour/contracts';
import { requestReassessment, ReassessmentRequest } from './reassessment-request';
import { ReassessmentRequestRepository } from './reassessment-request.repository';

/** Reasons that cannot wait for the usual period: urgent unless the caller says otherwise. */
export const UrgentReassessmentReasons: readonly ReassessmentReason[] = ['order-breached', 'offender-released', 'offender-escaped', 'new-threat'];

export interface RequestReassessmentCommand {
  journeyId: string;
  reason: ReassessmentReason;
  urgent?: boolean;
  requestedBy: string;
}

@Injectable()
export class RequestReassessment {
  constructor(private readonly requests: ReassessmentRequestRepository) {}

  async execute({ urgent, ...command }: RequestReassessmentCommand): Promise<ReassessmentRequest> {
    const request = requestReassessment({ ...command, urgent: urgent ?? UrgentReassessmentReasons.includes(command.reason) }, new Date());
    await this.requests.insert(request);
    return request;
  }
}
