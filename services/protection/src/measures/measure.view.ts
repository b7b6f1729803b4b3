import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { EpoRecognitionDecision, EpoRefusalReason, ProtectionMeasureKind, ProtectionMeasureKinds, RevocationReason, ServedCountry } from '@harbour/contracts';
import { isOrder, Measure } from './measure';
import { MeasureStatus, MeasureStatuses } from './measure-status';

/** A measure as officers and prosecutors read it: codes and dates; who acted stays in the record. */
export class MeasureView {
  @ApiProperty({ format: 'uuid' })
  measureId: string;

  @ApiProperty({ format: 'uuid' })
  journeyId: string;

  @ApiProperty({ enum: ProtectionMeasureKinds })
  kind: ProtectionMeasureKind;

  @ApiProperty({ description: 'Orders send their facts to the journey, whose expiry clock follows them' })
  order: boolean;

  @ApiProperty({ enum: MeasureStatuses })
  status: MeasureStatus;

  @ApiProperty({ format: 'date-time' })
  startsAt: string;

  @ApiPropertyOptional({ format: 'date-time' })
  endsAt?: string;

  @ApiProperty({ description: 'Renewal decisions, oldest first: { renewed, endsAt?, decidedAt }' })
  renewals: { renewed: boolean; endsAt?: string; decidedAt: string }[];

  @ApiProperty({ description: 'Reported breaches: { breachId, reportedAt, inExecutingState, reassessmentRequestId }' })
  breaches: { breachId: string; reportedAt: string; inExecutingState: boolean; reassessmentRequestId: string }[];

  @ApiProperty({ description: 'Renewal reminders sent: { dueAt, remindedAt }' })
  reminders: { dueAt: string; remindedAt: string }[];

  @ApiPropertyOptional()
  revocation?: { reason: RevocationReason; revokedAt: string };

  @ApiPropertyOptional({ format: 'date-time' })
  expiredAt?: string;

  @ApiPropertyOptional({ description: 'For a European Protection Order: executing state, underlying order, issue and recognition' })
  epo?: {
    executingCountry: ServedCountry;
    underlyingOrderId: string;
    issuedAt: string;
    recognition?: { decision: EpoRecognitionDecision; refusalReason?: EpoRefusalReason; recognisedAt: string };
  };
}

const iso = (date: Date | undefined) => date?.toISOString();

export function toMeasureView(measure: Measure): MeasureView {
  const { epo, revocation } = measure;
  return {
    measureId: measure._id,
    journeyId: measure.journeyId,
    kind: measure.kind,
    order: isOrder(measure.kind),
    status: measure.status,
    startsAt: measure.startsAt.toISOString(),
    endsAt: iso(measure.endsAt),
    renewals: measure.renewals.map(({ renewed, endsAt, decidedAt }) => ({ renewed, endsAt: iso(endsAt), decidedAt: decidedAt.toISOString() })),
    breaches: measure.breaches.map(({ breachId, reportedAt, inExecutingState, reassessmentRequestId }) => ({
      breachId,
      reportedAt: reportedAt.toISOString(),
      inExecutingState,
      reassessmentRequestId,
    })),
    reminders: measure.reminders.map(({ dueAt, remindedAt }) => ({ dueAt: dueAt.toISOString(), remindedAt: remindedAt.toISOString() })),
    revocation: revocation && { reason: revocation.reason, revokedAt: revocation.revokedAt.toISOString() },
    expiredAt: iso(measure.expiredAt),
    epo: epo && {
      executingCountry: epo.executingCountry,
      underlyingOrderId: epo.underlyingOrderId,
      issuedAt: epo.issuedAt.toISOString(),
      recognition: epo.recognition && {
        decision: epo.recognition.decision,
        refusalReason: epo.recognition.refusalReason,
        recognisedAt: epo.recognition.recognisedAt.toISOString(),
      },
    },
  };
}
