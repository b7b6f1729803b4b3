import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { ReassessmentRequestRepository } from '../reassessments/reassessment-request.repository';
import { ChangeMeasure } from './change-measure';
import { Breach } from './measure';

export interface ReportBreachCommand {
  orderId: string;
  inExecutingState: boolean;
  reportedBy: string;
}

/**
 * Records a breach of an order. The order's own update carries both facts, BreachReported and
 * the urgent ReassessmentRequested, so neither can be lost; the request is then filed with the
 * journey's other requests, for the next assessment to answer.
 */
@Injectable()
export class ReportBreach {
  constructor(
    private readonly changeMeasure: ChangeMeasure,
    private readonly requests: ReassessmentRequestRepository,
  ) {}

  async execute({ orderId, inExecutingState, reportedBy }: ReportBreachCommand): Promise<{ journeyId: string; breach: Breach }> {
    const breachId = randomUUID();
    const reassessmentRequestId = randomUUID();
    const order = await this.changeMeasure.execute({ measureId: orderId, actor: reportedBy, step: { action: 'report-breach', breachId, reassessmentRequestId, inExecutingState } });
    const breach = order.breaches.find((entry) => entry.breachId === breachId)!;
    await this.requests.insert({
      _id: reassessmentRequestId,
      journeyId: order.journeyId,
      reason: 'order-breached',
      urgent: true,
      requestedAt: breach.reportedAt,
      requestedBy: reportedBy,
      breach: { orderId, breachId },
      outbox: [],
    });
    return { journeyId: order.journeyId, breach };
  }
}
