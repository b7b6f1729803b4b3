import { checklistState, isOnChecklist, missingRequiredDocuments } from './checklist';

describe('supporting documents checklist', () => {
  const at = (day: number) => new Date(Date.UTC(2026, 2, day));

  it('starts with every required document of the scheme missing', () => {
    expect(missingRequiredDocuments('state-fund', [])).toEqual(['identity-document', 'police-report', 'proof-of-loss', 'bank-details']);
    expect(missingRequiredDocuments('dedicated-fund', [])).toContain('perpetrator-unknown-attestation');
  });

  it('marks a kind received from its first document on, and leaves optional ones out of what is missing', () => {
    const documents = [
      { kind: 'identity-document' as const, receivedAt: at(2) },
      { kind: 'identity-document' as const, receivedAt: at(5) },
      { kind: 'medical-report' as const, receivedAt: at(3) },
    ];

    const state = checklistState('offender', documents);

    expect(state).toEqual([
      { kind: 'identity-document', required: true, received: true, receivedAt: at(2) },
      { kind: 'criminal-judgement', required: true, received: false },
      { kind: 'proof-of-loss', required: true, received: false },
      { kind: 'medical-report', required: false, received: true, receivedAt: at(3) },
      { kind: 'legal-aid-decision', required: false, received: false },
    ]);
    expect(missingRequiredDocuments('offender', documents)).toEqual(['criminal-judgement', 'proof-of-loss']);
  });

  it("knows which kinds each scheme's checklist holds", () => {
    expect(isOnChecklist('offender', 'criminal-judgement')).toBe(true);
    expect(isOnChecklist('state-fund', 'criminal-judgement')).toBe(false);
  });
});
