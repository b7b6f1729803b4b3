import { randomUUID } from 'node:crypto';
import { CrossBorderReferralCreatedEvent, ReturnPlannedEvent, ReturnPlanReadyEvent } from '@harbour/contracts';
import { outboxEntries, WithOutbox } from '@harbour/messaging';
import { fact } from '../referrals/referral';
import { RenderedSummary } from './render-summary';

/** The referral to an organisation in the country of return, with the summary in its language. */
export interface CrossBorderReferral {
  crossBorderReferralId: string;
  organisationId: string;
  reasons: string[];
  summary: RenderedSummary;
  createdAt: Date;
}

/**
 * A victim's planned return to another country (CETS 197 Art 16): the plan must be ready, with a
 * risk assessment and a referral to support there, 10 days before departure (the journey keeps
 * that clock). Codes, dates and references only.
 */
export interface PlannedReturn extends WithOutbox {
  _id: string;
  journeyId: string;
  /** The organisation whose case worker plans the return; only it may complete the plan. */
  organisationId: string;
  toCountry: string;
  departureDate: Date;
  plannedAt: Date;
  plannedBy: string;
  status: 'planned' | 'ready';
  riskAssessmentReference?: string;
  crossBorderReferral?: CrossBorderReferral;
  readyAt?: Date;
}

export function planReturn(
  journeyId: string,
  organisationId: string,
  { toCountry, departureDate }: { toCountry: string; departureDate: Date },
  plannedBy: string,
  at: Date,
): PlannedReturn {
  const returnId = randomUUID();
  const planned = fact(ReturnPlannedEvent, { journeyId }, at, { returnId, toCountry, departureDate: departureDate.toISOString(), plannedAt: at.toISOString() });
  return { _id: returnId, journeyId, organisationId, toCountry, departureDate, plannedAt: at, plannedBy, status: 'planned', outbox: outboxEntries([planned]) };
}

/** The plan made ready: what is recorded on the return, and its two facts. */
export function readyPlan(planned: PlannedReturn, riskAssessmentReference: string, referral: Omit<CrossBorderReferral, 'crossBorderReferralId' | 'createdAt'>, at: Date) {
  const crossBorderReferral: CrossBorderReferral = { crossBorderReferralId: randomUUID(), ...referral, createdAt: at };
  const { crossBorderReferralId } = crossBorderReferral;
  return {
    fields: { status: 'ready' as const, riskAssessmentReference, crossBorderReferral, readyAt: at },
    events: [
      fact(CrossBorderReferralCreatedEvent, planned, at, { crossBorderReferralId, toCountry: planned.toCountry, organisationId: referral.organisationId, createdAt: at.toISOString() }),
      fact(ReturnPlanReadyEvent, planned, at, { returnId: planned._id, readyAt: at.toISOString(), crossBorderReferralId }),
    ],
  };
}
