import { PlannedReturn } from './planned-return';

export function toReturnView({ _id, journeyId, toCountry, departureDate, plannedAt, status, riskAssessmentReference, readyAt, crossBorderReferral }: PlannedReturn) {
  return {
    returnId: _id,
    journeyId,
    toCountry,
    departureDate: departureDate.toISOString(),
    plannedAt: plannedAt.toISOString(),
    status,
    ...(riskAssessmentReference ? { riskAssessmentReference } : {}),
    ...(readyAt ? { readyAt: readyAt.toISOString() } : {}),
    ...(crossBorderReferral ? { crossBorderReferral: { ...crossBorderReferral, createdAt: crossBorderReferral.createdAt.toISOString() } } : {}),
  };
}

/** What the receiving organisation sees of a referral from abroad: the summary in its language, no personal data. */
export function toReceivedReferralView({ journeyId, toCountry, departureDate, crossBorderReferral }: PlannedReturn) {
  const { crossBorderReferralId, summary, createdAt } = crossBorderReferral!;
  return { crossBorderReferralId, journeyId, toCountry, departureDate: departureDate.toISOString(), summary, createdAt: createdAt.toISOString() };
}
