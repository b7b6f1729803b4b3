import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DecisionTaskKind, DecisionTaskKinds, GroundsDecision, GroundsDecisions, NrmReferralConsent, NrmReferralConsents } from '@harbour/contracts';
import { AgeGroup, AgeGroups, GroundsRecord, NrmReferral } from './nrm-referral';
import { doNotRemove, NrmReferralStatus, NrmReferralStatuses } from './nrm-referral-status';

export class GroundsView {
  @ApiProperty({ enum: GroundsDecisions })
  decision: GroundsDecision;

  @ApiProperty({ format: 'date-time' })
  decidedAt: string;

  @ApiPropertyOptional({ description: 'Only when a decision maker reads the referral back by id' })
  reasons?: string;

  @ApiPropertyOptional({ description: 'Conclusive grounds only: the person asked for the decision' })
  requestedByPerson?: boolean;
}

export class NrmReferralView {
  @ApiProperty({ format: 'uuid' })
  nrmReferralId: string;

  @ApiProperty({ format: 'uuid' })
  journeyId: string;

  @ApiProperty({ enum: NrmReferralStatuses })
  status: NrmReferralStatus;

  @ApiProperty({ enum: AgeGroups })
  ageGroup: AgeGroup;

  @ApiProperty({ enum: NrmReferralConsents })
  consent: NrmReferralConsent;

  @ApiProperty({ format: 'date-time' })
  submittedAt: string;

  @ApiProperty({ description: 'CETS 197 Art 10(2): the person may not be removed while identification is under way' })
  doNotRemove: boolean;

  @ApiPropertyOptional({ enum: DecisionTaskKinds })
  openTask?: DecisionTaskKind;

  @ApiPropertyOptional({ type: GroundsView })
  reasonableGrounds?: GroundsView;

  @ApiPropertyOptional({ type: GroundsView })
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

  @ApiProperty({ enum: AgeGroups })
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
