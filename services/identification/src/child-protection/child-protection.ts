import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AgeUncertainRecordedEvent, GuardianAppointedEvent, GuardianRequestedEvent } from '@harbour/contracts';
import { isDuplicateKey, Keyring } from '@harbour/persistence';
import { RecordNotFoundError, StepNotAllowedError } from '../shared/identification-errors';
import { journeyFact } from '../shared/journey-fact';
import { AgeUncertaintyRepository, GuardianRequestsRepository } from './child-protection.repositories';
import { AgeUncertaintyRecord, GuardianRequest } from './child-protection.schema';
import { AppointGuardianDto, RecordAgeUncertainDto } from './child-protection-requests.dto';

/**
 * Child presumption and guardianship: an uncertain age makes the person a presumed child at
 * once (the journey then runs the child's clocks), and a guardian is requested and appointed.
 */
@Injectable()
export class ChildProtection {
  constructor(
    private readonly ageRecords: AgeUncertaintyRepository,
    private readonly guardianRequests: GuardianRequestsRepository,
    private readonly keyring: Keyring,
  ) {}

  async recordAgeUncertain(journeyId: string, { assessmentReason }: RecordAgeUncertainDto, actor: string): Promise<AgeUncertaintyRecord> {
    const recordedAt = new Date();
    const record = { _id: randomUUID(), journeyId, assessmentReason, recordedAt, recordedBy: actor };
    const fact = journeyFact(AgeUncertainRecordedEvent, journeyId, recordedAt, { assessmentReason, recordedAt: recordedAt.toISOString() });
    try {
      await this.ageRecords.insertWithFacts(record, [fact]);
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      const first = await this.ageRecords.findOne(journeyId);
      throw new StepNotAllowedError(`the person is already presumed a child on this journey, since ${first?.recordedAt.toISOString()}`);
    }
    return { ...record, outbox: [] };
  }

  async requestGuardian(journeyId: string, actor: string): Promise<GuardianRequest> {
    const requestedAt = new Date();
    const request: Omit<GuardianRequest, 'outbox'> = { _id: randomUUID(), journeyId, status: 'requested', requestedAt, requestedBy: actor };
    const fact = journeyFact(GuardianRequestedEvent, journeyId, requestedAt, { guardianRequestId: request._id, requestedAt: requestedAt.toISOString() });
    await this.guardianRequests.insertWithFacts(request, [fact]);
    return { ...request, outbox: [] };
  }

  async appointGuardian(guardianRequestId: string, guardian: AppointGuardianDto, actor: string): Promise<GuardianRequest> {
    const request = await this.guardianRequests.findById(guardianRequestId);
    if (!request) throw new RecordNotFoundError('guardian request', guardianRequestId);
    const appointedAt = new Date();
    const appointment = {
      guardianAppointmentId: randomUUID(),
      appointedAt,
      appointedBy: actor,
      encryptedGuardian: await this.keyring.encrypt(request.journeyId, JSON.stringify({ ...guardian })),
    };
    const fact = journeyFact(GuardianAppointedEvent, request.journeyId, appointedAt, {
      guardianAppointmentId: appointment.guardianAppointmentId,
      appointedAt: appointedAt.toISOString(),
    });
    const guard = { _id: guardianRequestId, status: 'requested' as const };
    const appointed = await this.guardianRequests.updateWithFacts(request.journeyId, guard, { $set: { status: 'appointed', appointment } }, [fact]);
    if (!appointed) throw new StepNotAllowedError('a guardian was already appointed on this request');
    return { ...request, status: 'appointed', appointment };
  }
}
