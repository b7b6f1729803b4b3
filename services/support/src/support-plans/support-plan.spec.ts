import { planReviewBy, ReviewDateInPastError } from './support-plan';

describe(planReviewBy.name, () => {
  const agreedAt = new Date('2026-03-05T11:00:00.000Z');

  it('reviews the plan when its earliest item is due for review', () => {
    const items = [{ reviewBy: new Date('2026-06-01T00:00:00.000Z') }, { reviewBy: new Date('2026-04-01T00:00:00.000Z') }];
    expect(planReviewBy(items, agreedAt)).toEqual(new Date('2026-04-01T00:00:00.000Z'));
  });

  it('refuses a review date that is not ahead of the agreement', () => {
    expect(() => planReviewBy([{ reviewBy: agreedAt }], agreedAt)).toThrow(ReviewDateInPastError);
  });
});
