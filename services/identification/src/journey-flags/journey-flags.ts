import { Injectable } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { NonPunishmentOffenceCategory } from '@harbour/contracts';
import { offenceCategorySeenBy, Principal } from '@harbour/security';
import { AgeUncertaintyRepository, GuardianRequestsRepository } from '../child-protection/child-protection.repositories';
import { NonPunishmentFlagsRepository } from '../non-punishment/non-punishment';
import { doNotRemove } from '../nrm-referrals/nrm-referral-status';
import { NrmReferralsRepository } from '../nrm-referrals/nrm-referrals.repository';

export const GuardianStates = ['not-requested', 'requested', 'appointed'] as const;

export class JourneyFlagsView {
  @ApiProperty({ format: 'uuid' })
  journeyId: string;

  @ApiProperty({ description: 'CETS 197 Art 10(2): set by an NRM referral, lifted by its conclusive-grounds decision' })
  doNotRemove: boolean;

  @ApiProperty({ description: 'The NRM referrals that hold the "do not remove" flag up', isArray: true, type: String })
  doNotRemoveReferralIds: string[];

  @ApiProperty({ description: 'Age uncertain: treated as a child (CETS 197 Art 10(3))' })
  childPresumed: boolean;

  @ApiPropertyOptional({ format: 'date-time' })
  childPresumedSince?: string;

  @ApiProperty({ enum: GuardianStates })
  guardian: (typeof GuardianStates)[number];

  @ApiProperty({ description: 'Also a suspect: the non-punishment principle applies (ATD Art 8)' })
  nonPunishment: boolean;

  @ApiProperty({ description: 'Each flag raised: { flagId, flaggedAt, offenceCategory? }', isArray: true, type: Object })
  nonPunishmentFlags: { flagId: string; flaggedAt: string; offenceCategory?: NonPunishmentOffenceCategory }[];
}

/** The protective flags of one journey, read from the records that raise and lift them. */
@Injectable()
export class JourneyFlags {
  constructor(
    private readonly referrals: NrmReferralsRepository,
    private readonly ageRecords: AgeUncertaintyRepository,
    private readonly guardianRequests: GuardianRequestsRepository,
    private readonly nonPunishmentFlags: NonPunishmentFlagsRepository,
  ) {}

  /** The flags as `principal` may see them: behind the immigration firewall for enforcement roles. */
  async of(journeyId: string, principal: Principal): Promise<JourneyFlagsView> {
    const [referrals, age, guardianRequests, flags] = await Promise.all([
      this.referrals.find(journeyId),
      this.ageRecords.findOne(journeyId),
      this.guardianRequests.find(journeyId),
      this.nonPunishmentFlags.find(journeyId, {}, { sort: { flaggedAt: 1 } }),
    ]);
    const holding = referrals.filter((referral) => doNotRemove(referral.status)).map((referral) => referral._id);
    const guardian = guardianRequests.some((request) => request.status === 'appointed')
      ? 'appointed'
      : guardianRequests.length > 0
        ? 'requested'
        : 'not-requested';
    return {
      journeyId,
      doNotRemove: holding.length > 0,
      doNotRemoveReferralIds: holding,
      childPresumed: age !== null,
      ...(age ? { childPresumedSince: age.recordedAt.toISOString() } : {}),
      guardian,
      nonPunishment: flags.length > 0,
      nonPunishmentFlags: flags.map((flag) => {
        const offenceCategory = offenceCategorySeenBy(principal, flag.offenceCategory);
        return { flagId: flag._id, flaggedAt: flag.flaggedAt.toISOString(), ...(offenceCategory ? { offenceCategory } : {}) };
      }),
    };
  }
}
