import { ConflictException, Injectable, NotFoundException, ServiceUnavailableException } from '@nestjs/common';
import { KafkaEventPublisher } from '@harbour/messaging';
import { AuditLog, Principal } from '@harbour/security';
import { analystCountry } from '../journeys/analyst-country';
import { DeadLetter, DeadLetterAction, DeadLetterActionReason, DeadLetterSummary, replayRecord, summaryOf } from './dead-letter';
import { DeadLetterFilter, DeadLetters } from './dead-letters';

/**
 * What an analyst does with parked records: list them, and replay or discard one with a reason.
 * Each action is audited; a replay sends the record as it was to its own topic, where every
 * consumer group reads it again and those that had taken it skip it by its event id.
 */
@Injectable()
export class DeadLetterDesk {
  constructor(
    private readonly deadLetters: DeadLetters,
    private readonly publisher: KafkaEventPublisher,
    private readonly audit: AuditLog,
  ) {}

  async list(principal: Principal, filter: Omit<DeadLetterFilter, 'country'>): Promise<{ deadLetters: DeadLetterSummary[]; nextCursor?: string }> {
    const page = await this.deadLetters.list({ ...filter, country: analystCountry(principal) });
    return { deadLetters: page.deadLetters.map(summaryOf), ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) };
  }

  async get(principal: Principal, deadLetterId: string): Promise<DeadLetterSummary> {
    return summaryOf(await this.visible(principal, deadLetterId));
  }

  async replay(principal: Principal, deadLetterId: string, reason: DeadLetterActionReason, now = new Date()): Promise<DeadLetterSummary> {
    const deadLetter = await this.take(principal, deadLetterId, 'replayed', reason, now);
    try {
      await this.publisher.publishRecords([replayRecord(deadLetter)]);
    } catch {
      await this.deadLetters.unpark(deadLetterId, 'replayed');
      throw new ServiceUnavailableException(`dead letter ${deadLetterId} could not be sent again now; it stays parked`);
    }
    return this.get(principal, deadLetterId);
  }

  async discard(principal: Principal, deadLetterId: string, reason: DeadLetterActionReason, now = new Date()): Promise<DeadLetterSummary> {
    await this.take(principal, deadLetterId, 'discarded', reason, now);
    return this.get(principal, deadLetterId);
  }

  /** Claims a parked record for an action, audited before anything is sent; one action per record. */
  private async take(principal: Principal, deadLetterId: string, action: DeadLetterAction, reason: DeadLetterActionReason, now: Date): Promise<DeadLetter> {
    const deadLetter = await this.visible(principal, deadLetterId);
    if (deadLetter.state !== 'parked' || !(await this.deadLetters.act(deadLetterId, action, reason, principal.subject, now.toISOString()))) {
      throw new ConflictException(`dead letter ${deadLetterId} is no longer parked (${deadLetter.state === 'parked' ? 'another operator acted first' : deadLetter.state})`);
    }
    await this.audit.record({ actor: principal.subject, action: `dead-letter.${action}:${reason}`, resource: `dead-letter/${deadLetterId}`, ...(deadLetter.journeyId ? { journeyId: deadLetter.journeyId } : {}) });
    return deadLetter;
  }

  /** Another country's dead letter answers as a missing one. */
  private async visible(principal: Principal, deadLetterId: string): Promise<DeadLetter> {
    const deadLetter = await this.deadLetters.find(analystCountry(principal), deadLetterId);
    if (!deadLetter) throw new NotFoundException(`no dead letter ${deadLetterId}`);
    return deadLetter;
  }
}
