import { Injectable } from '@nestjs/common';
import { Keyring } from '@harbour/persistence';
import { RecordNotFoundError } from '../shared/identification-errors';
import { NrmReferral, NrmReferralChange, planDecision, planExtension, planRemoval } from './nrm-referral';
import { ConclusiveGroundsDto, ReasonableGroundsDto } from './nrm-referral-requests.dto';
import { NrmReferralAction } from './nrm-referral-status';
import { NrmReferralsRepository } from './nrm-referrals.repository';

export type GroundsDecisionInput =
  | { kind: 'reasonable-grounds'; body: ReasonableGroundsDto }
  | { kind: 'conclusive-grounds'; body: ConclusiveGroundsDto };

/** An NRM decision maker decides a referral's reasonable or conclusive grounds, or extends its recovery period. */
@Injectable()
export class DecideGrounds {
  constructor(
    private readonly referrals: NrmReferralsRepository,
    private readonly keyring: Keyring,
  ) {}

  decide(nrmReferralId: string, input: GroundsDecisionInput, actor: string): Promise<NrmReferral> {
    return this.step(nrmReferralId, input.kind, async (referral, at) => {
      const encryptedReasons = await this.keyring.encrypt(referral.journeyId, input.body.reasons);
      const { decision } = input.body;
      return input.kind === 'reasonable-grounds'
        ? planDecision(referral, { kind: input.kind, decision, encryptedReasons }, actor, at)
        : planDecision(referral, { kind: input.kind, decision, encryptedReasons, requestedByPerson: input.body.requestedByPerson }, actor, at);
    });
  }

  extendRecoveryPeriod(nrmReferralId: string, extendedUntil: Date): Promise<NrmReferral> {
    return this.step(nrmReferralId, 'recovery-period-extension', async (referral, at) => planExtension(referral, extendedUntil, at));
  }

  recordRemoval(nrmReferralId: string, removedAt: Date): Promise<NrmReferral> {
    return this.step(nrmReferralId, 'removal', async (referral, at) => planRemoval(referral, removedAt, at));
  }

  private async step(nrmReferralId: string, action: NrmReferralAction, plan: (referral: NrmReferral, at: Date) => Promise<NrmReferralChange>): Promise<NrmReferral> {
    const referral = await this.referrals.findById(nrmReferralId);
    if (!referral) throw new RecordNotFoundError('NRM referral', nrmReferralId);
    const change = await plan(referral, new Date());
    await this.referrals.apply(referral, change, action);
    const after: NrmReferral = { ...referral, ...change.set, status: change.status };
    for (const field of change.unset) delete after[field];
    return after;
  }
}
