import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DecisionTaskKind, DecisionTaskKinds, GroundsDecision, NrmReferralConsent } from '@harbour/contracts';
import { AgeGroup, GroundsRecord, NrmReferral } from './nrm-referral';
import { doNotRemove, NrmReferralStatus, NrmReferralStatuses } from './nrm-referral-status';

export class GroundsView {
  decision: GroundsDecision;
  decidedAt: string;
  /** Only when read back by id, by a decision maker. */
  reasons?: string;
  requestedByPerson?: boolean;
}

export class NrmReferralView {
  @ApiProperty({ format: 'uuid' })
  nrmReferralId: string;

  @ApiProperty({ format: 'uuid' })
  journeyId: string;

  @ApiProperty({ enum: NrmReferralStatuses })
  status: NrmReferralStatus;

  ageGroup: AgeGroup;
  consent: NrmReferralConsent;

  @ApiProperty({ format: 'date-time' })
  submittedAt: string;

  @ApiProperty({ description: 'CETS 197 Art 10(2): the person may not be removed while identification is under way' })
  doNotRemove: boolean;

  @ApiPropertyOptional({ enum: DecisionTaskKinds })
  openTask?: DecisionTaskKind;

  reasonableGrounds?: GroundsView;
  conclusiveGrounds?: GroundsView;

  @ApiPropertyOptional({ format: 'date-time' })
  recoveryPeriodExtendedUntil?: string;
}

export type DecryptedReasons = Partial<Record<'reasonableGrounds' | 'conclusiveGrounds', string>>;

export function toNrmReferralView(referral: NrmReferral, reasons: DecryptedReasons = {}): NrmReferralView {
  const grounds = (record: GroundsRecord & { requestedByPerson?: boolean }, words?: string): GroundsView => ({
    decision: record.decision,
    decidedAt: record.decidedAt.toISOString(),
    ...(record.requestedByPerson === undefined ? {} : { requestedByPerson: record.requestedByPerson }),
    ...(words === undefined ? {} : { reasons: words }),
  });
  return {
    nrmReferralId: referral._id,
    journeyId: referral.journeyId,
    status: referral.status,
    ageGroup: referral.ageGroup,
    consent: referral.consent,
    submittedAt: referral.submittedAt.toISOString(),
    doNotRemove: doNotRemove(referral.status),
    ...(referral.openTask ? { openTask: referral.openTask } : {}),
    ...(referral.reasonableGrounds ? { reasonableGrounds: grounds(referral.reasonableGrounds, reasons.reasonableGrounds) } : {}),
    ...(referral.conclusiveGrounds ? { conclusiveGrounds: grounds(referral.conclusiveGrounds, reasons.conclusiveGrounds) } : {}),
    ...(referral.recoveryPeriodExtendedUntil ? { recoveryPeriodExtendedUntil: referral.recoveryPeriodExtendedUntil.toISOString() } : {}),
  };
}

export class DecisionTaskView {
  @ApiProperty({ format: 'uuid' })
  nrmReferralId: string;

  @ApiProperty({ format: 'uuid' })
  journeyId: string;

  @ApiProperty({ enum: DecisionTaskKinds })
  kind: DecisionTaskKind;

  @ApiProperty({ format: 'date-time' })
  openedAt: string;

  ageGroup: AgeGroup;

  @ApiProperty({ format: 'date-time' })
  submittedAt: string;
}

export function toDecisionTaskView(referral: NrmReferral): DecisionTaskView {
  return {
    nrmReferralId: referral._id,
    journeyId: referral.journeyId,
    kind: referral.openTask!,
    openedAt: referral.openTaskSince!.toISOString(),
    ageGroup: referral.ageGroup,
    submittedAt: referral.submittedAt.toISOString(),
  };
}
