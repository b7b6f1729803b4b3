import { ArrangementRequest, ArrangementTransitionError, arrangementDueBy, decideArrangement } from './hearing';

const recordedAt = new Date('2026-05-20T10:00:00.000Z');

describe(arrangementDueBy.name, () => {
  it('asks for an answer five days before the hearing', () => {
    expect(arrangementDueBy(new Date('2026-06-15T09:30:00.000Z'), recordedAt)).toEqual(new Date('2026-06-10T09:30:00.000Z'));
  });

  it('asks for an answer at once when the hearing is sooner', () => {
    expect(arrangementDueBy(new Date('2026-05-22T09:30:00.000Z'), recordedAt)).toEqual(recordedAt);
  });
});

describe(decideArrangement.name, () => {
  const requested: ArrangementRequest[] = [
    { arrangement: 'video-hearing', dueBy: recordedAt, status: 'requested' },
    { arrangement: 'facility-dog', dueBy: recordedAt, status: 'requested' },
  ];
  const at = new Date('2026-05-25T10:00:00.000Z');

  it('records a refusal with its reason code and leaves the other requests as they were', () => {
    const decided = decideArrangement(requested, 'facility-dog', { status: 'refused', reasonCode: 'not-available-at-court' }, 'liaison-1', at);
    expect(decided).toEqual([
      requested[0],
      { arrangement: 'facility-dog', dueBy: recordedAt, status: 'refused', reasonCode: 'not-available-at-court', decidedAt: at, decidedBy: 'liaison-1' },
    ]);
  });

  it('answers a request once only', () => {
    const granted = decideArrangement(requested, 'video-hearing', { status: 'granted' }, 'liaison-1', at)!;
    expect(() => decideArrangement(granted, 'video-hearing', { status: 'refused', reasonCode: 'other' }, 'liaison-1', at)).toThrow(
      new ArrangementTransitionError('video-hearing', 'granted'),
    );
  });

  it('finds nothing to decide for an arrangement never requested', () => {
    expect(decideArrangement(requested, 'separate-waiting-room', { status: 'granted' }, 'liaison-1', at)).toBeUndefined();
  });
});
