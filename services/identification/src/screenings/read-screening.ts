import { Injectable } from '@nestjs/common';
import { Keyring } from '@harbour/persistence';
import { AuditLog, Principal } from '@harbour/security';
import { RecordNotFoundError } from '../shared/identification-errors';
import { partyOf } from '../shared/party';
import { ScreeningView, toScreeningView } from './screening.view';
import { ScreeningsRepository } from './screenings.repository';

/**
 * A screening read back with its observations in words. A first responder reads only their own
 * organisation's; a decision maker any. Reading the words is an access to personal data: audited.
 */
@Injectable()
export class ReadScreening {
  constructor(
    private readonly screenings: ScreeningsRepository,
    private readonly keyring: Keyring,
    private readonly audit: AuditLog,
  ) {}

  async execute(principal: Principal, screeningId: string): Promise<ScreeningView> {
    const record = await this.screenings.findById(screeningId);
    const mayRead = record && (principal.roles.includes('nrm-decision-maker') || record.recordedByParty === partyOf(principal));
    if (!record || !mayRead) throw new RecordNotFoundError('screening', screeningId);
    if (!record.encryptedObservations) return toScreeningView(record);
    await this.audit.record({ actor: principal.subject, action: 'screening.observations.read', resource: `screening/${screeningId}`, journeyId: record.journeyId });
    return toScreeningView(record, await this.keyring.decrypt(record.journeyId, record.encryptedObservations));
  }
}
