import { Injectable } from '@nestjs/common';
import { NrmReferral, submitReferral } from './nrm-referral';
import { SubmitNrmReferralDto } from './nrm-referral-requests.dto';
import { NrmReferralsRepository } from './nrm-referrals.repository';

/** A first responder refers the person to the NRM; the reasonable-grounds task opens with it. */
@Injectable()
export class SubmitNrmReferral {
  constructor(private readonly referrals: NrmReferralsRepository) {}

  async execute(input: SubmitNrmReferralDto, actor: string): Promise<NrmReferral> {
    const { referral, fact } = submitReferral(input, actor, new Date());
    await this.referrals.insertWithFacts(referral, [fact]);
    return { ...referral, outbox: [] };
  }
}
