import { SupportNeedCode } from './support-needs';

/** The organisation's assessment of what the victim needs; the notes are personal and stored encrypted. */
export interface NeedsAssessment {
  needs: SupportNeedCode[];
  encryptedNotes?: string;
  assessedAt: Date;
  assessedBy: string;
}

export interface SupportPlanItem {
  need: SupportNeedCode;
  /** The goal in the victim's and case worker's words: personal, stored encrypted. */
  encryptedGoal: string;
  reviewBy: Date;
}

/** What the organisation and the victim agreed to work on, and when each part is reviewed. */
export interface SupportPlan {
  planId: string;
  items: SupportPlanItem[];
  /** Support goes on beyond the recovery period (ATD Art 11(5), long-term assistance). */
  longTermSupport: boolean;
  /** The earliest review of any item: when the plan as a whole is next looked at. */
  reviewBy: Date;
  agreedAt: Date;
  agreedBy: string;
}

export class ReviewDateInPastError extends Error {
  constructor(reviewBy: Date) {
    super(`reviewBy ${reviewBy.toISOString()} is not in the future`);
    this.name = 'ReviewDateInPastError';
  }
}

/** The plan's next review: its earliest item's; every review must lie ahead of the agreement. */
export function planReviewBy(items: Pick<SupportPlanItem, 'reviewBy'>[], agreedAt: Date): Date {
  const past = items.find((item) => item.reviewBy.getTime() <= agreedAt.getTime());
  if (past) throw new ReviewDateInPastError(past.reviewBy);
  return new Date(Math.min(...items.map((item) => item.reviewBy.getTime())));
}
