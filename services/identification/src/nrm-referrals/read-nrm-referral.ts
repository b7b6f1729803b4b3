import { Injectable } from '@nestjs/common';
import { Keyring } from '@harbour/persistence';
import { AuditLog, Principal } from '@harbour/security';
import { RecordNotFoundError } from '../shared/identification-errors';
import { NrmReferralView, toNrmReferralView } from './nrm-referral.view';
import { NrmReferralsRepository } from './nrm-referrals.repository';

/** A referral with the decision makers' reasons in words; reading them is audited. */
@Injectable()
export class ReadNrmReferral {
  constructor(
    private readonly referrals: NrmReferralsRepository,
    private readonly keyring: Keyring,
    private readonly audit: AuditLog,
  ) {}

  async execute(principal: Principal, nrmReferralId: string): Promise<NrmReferralView> {
    const referral = await this.referrals.findById(nrmReferralId);
    if (!referral) throw new RecordNotFoundError('NRM referral', nrmReferralId);
    const { reasonableGrounds, conclusiveGrounds, journeyId } = referral;
    if (!reasonableGrounds) return toNrmReferralView(referral);
    await this.audit.record({ actor: principal.subject, action: 'nrm-referral.reasons.read', resource: `nrm-referral/${nrmReferralId}`, journeyId });
    return toNrmReferralView(referral, {
      reasonableGrounds: await this.keyring.decrypt(journeyId, reasonableGrounds.encryptedReasons),
      ...(conclusiveGrounds ? { conclusiveGrounds: await this.keyring.decrypt(journeyId, conclusiveGrounds.encryptedReasons) } : {}),
    });
  }
}
