import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CompensationOutcome,
  CompensationOutcomes,
  CompensationScheme,
  CompensationSchemes,
  HeadOfLoss,
  HeadsOfLoss,
  SupportingDocumentKind,
  SupportingDocumentKinds,
} from '@harbour/contracts';
import { checklistState } from './checklist';
import { Claim, latestDecision, totalClaimed } from './claim';
import { ClaimStatus, ClaimStatuses } from './claim-status';

export class HeadOfLossView {
  @ApiProperty({ enum: HeadsOfLoss })
  head: HeadOfLoss;

  @ApiProperty({ example: 1200.5 })
  amount: number;
}

export class ChecklistItemView {
  @ApiProperty({ enum: SupportingDocumentKinds })
  kind: SupportingDocumentKind;

  @ApiProperty()
  required: boolean;

  @ApiProperty()
  received: boolean;

  @ApiPropertyOptional({ format: 'date-time' })
  receivedAt?: string;
}

export class DecisionView {
  @ApiProperty({ enum: CompensationOutcomes })
  outcome: CompensationOutcome;

  @ApiProperty()
  amount: number;

  @ApiProperty({ format: 'date-time' })
  decidedAt: string;

  @ApiProperty({ format: 'date-time', description: 'An appeal is refused after this time' })
  appealDeadline: string;
}

export class PaymentView {
  @ApiProperty({ format: 'uuid' })
  paymentId: string;

  @ApiProperty()
  amount: number;

  @ApiProperty({ format: 'date-time' })
  paidAt: string;
}

export class AppealView {
  @ApiProperty({ format: 'uuid' })
  appealId: string;

  @ApiProperty({ format: 'date-time' })
  lodgedAt: string;
}

export class ChaseView {
  @ApiProperty({ format: 'uuid' })
  chaseId: string;

  @ApiProperty({ format: 'date-time' })
  chasedAt: string;
}

export class CrossBorderView {
  @ApiProperty({ example: 'RO', description: "Assisting authority's country: the victim's country of residence" })
  assistingCountry: string;

  @ApiProperty({ example: 'BE', description: "Deciding authority's country: where the crime took place" })
  decidingCountry: string;

  @ApiProperty({ format: 'date-time' })
  receivedAt: string;

  @ApiPropertyOptional({ format: 'date-time' })
  transmittedAt?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  acknowledgedAt?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  estimatedDecisionBy?: string;

  @ApiProperty({ type: [ChaseView] })
  chases: ChaseView[];
}

/** A claim's status as officers and the victim's case worker see it: codes, dates and amounts, nothing encrypted. */
export class ClaimView {
  @ApiProperty({ format: 'uuid' })
  claimId: string;

  @ApiProperty({ format: 'uuid', description: 'Pseudonymous journey id; the victim is never named' })
  journeyId: string;

  @ApiProperty({ enum: CompensationSchemes })
  scheme: CompensationScheme;

  @ApiProperty({ enum: ClaimStatuses })
  status: ClaimStatus;

  @ApiProperty({ format: 'date-time' })
  crimeDate: string;

  @ApiProperty({ example: 'BE' })
  crimeCountry: string;

  @ApiProperty()
  perpetratorKnown: boolean;

  @ApiProperty({ example: 'EUR' })
  currency: string;

  @ApiProperty({ type: [HeadOfLossView] })
  headsOfLoss: HeadOfLossView[];

  @ApiProperty()
  totalClaimed: number;

  @ApiProperty({ type: [ChecklistItemView] })
  checklist: ChecklistItemView[];

  @ApiProperty({ format: 'date-time' })
  openedAt: string;

  @ApiPropertyOptional({ format: 'date-time' })
  submittedAt?: string;

  @ApiPropertyOptional({ description: 'False when submitted knowingly without every required document' })
  submittedComplete?: boolean;

  @ApiPropertyOptional({ type: DecisionView, description: 'The latest decision (after an appeal, the decision on it)' })
  decision?: DecisionView;

  @ApiProperty({ type: [PaymentView] })
  payments: PaymentView[];

  @ApiProperty({ type: [AppealView] })
  appeals: AppealView[];

  @ApiPropertyOptional({ type: CrossBorderView })
  crossBorder?: CrossBorderView;
}

const iso = (date: Date | undefined) => date?.toISOString();

export function toClaimView(claim: Claim): ClaimView {
  const decision = latestDecision(claim);
  const { crossBorder } = claim;
  return {
    claimId: claim._id,
    journeyId: claim.journeyId,
    scheme: claim.scheme,
    status: claim.status,
    crimeDate: claim.crimeDate.toISOString(),
    crimeCountry: claim.crimeCountry,
    perpetratorKnown: claim.perpetratorKnown,
    currency: claim.currency,
    headsOfLoss: claim.headsOfLoss.map(({ head, amount }) => ({ head, amount })),
    totalClaimed: totalClaimed(claim),
    checklist: checklistState(claim.scheme, claim.documents).map((item) => ({ ...item, receivedAt: iso(item.receivedAt) })),
    openedAt: claim.openedAt.toISOString(),
    submittedAt: iso(claim.submittedAt),
    submittedComplete: claim.submittedComplete,
    decision: decision && {
      outcome: decision.outcome,
      amount: decision.amount,
      decidedAt: decision.decidedAt.toISOString(),
      appealDeadline: decision.appealDeadline.toISOString(),
    },
    payments: claim.payments.map((payment) => ({ paymentId: payment.paymentId, amount: payment.amount, paidAt: payment.paidAt.toISOString() })),
    appeals: claim.appeals.map((appeal) => ({ appealId: appeal.appealId, lodgedAt: appeal.lodgedAt.toISOString() })),
    crossBorder: crossBorder && {
      assistingCountry: crossBorder.assistingCountry,
      decidingCountry: crossBorder.decidingCountry,
      receivedAt: crossBorder.receivedAt.toISOString(),
      transmittedAt: iso(crossBorder.transmittedAt),
      acknowledgedAt: iso(crossBorder.acknowledgedAt),
      estimatedDecisionBy: iso(crossBorder.estimatedDecisionBy),
      chases: crossBorder.chases.map((chase) => ({ chaseId: chase.chaseId, chasedAt: chase.chasedAt.toISOString() })),
    },
  };
}
