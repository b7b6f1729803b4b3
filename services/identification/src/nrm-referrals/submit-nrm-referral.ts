import { ConflictException, Injectable } from '@nestjs/common';
import { idempotentId } from '@harbour/persistence';
import { randomUUID } from 'node:crypto';
import { NrmReferral, submitReferral } from './nrm-referral';
import { SubmitNrmReferralDto } from './nrm-referral-requests.dto';
import { NrmReferralsRepository } from './nrm-referrals.repository';

/**
 * A first responder refers the person to the NRM; the reasonable-grounds task opens with it. A
 * retry with the same Idempotency-Key gets the first referral back, so a lost answer never
 * starts a second referral and a second clock on the journey.
 */
@Injectable()
export class SubmitNrmReferral {
  constructor(private readonly referrals: NrmReferralsRepository) {}

  async execute(input: SubmitNrmReferralDto, actor: string, idempotencyKey?: string, organisationId?: string): Promise<{ referral: NrmReferral; replayed: boolean }> {
    const nrmReferralId = idempotencyKey ? idempotentId(actor, idempotencyKey) : randomUUID();
    const { referral, fact } = submitReferral(input, actor, new Date(), nrmReferralId, organisationId);
    const { record, created } = await this.referrals.insertWithFacts(referral, [fact], () => this.referrals.findById(nrmReferralId));
    if (record.journeyId !== input.journeyId) throw new ConflictException('Idempotency-Key was already used for a referral of another journey');
    return { referral: { ...record, outbox: [] }, replayed: !created };
  }
}
