import { idempotentId } from '../src';

describe(idempotentId.name, () => {
  it('names the same record for the same caller and key, and another for another caller or key', () => {
    const first = idempotentId('officer-3', 'claim-2026-0001');

    expect(idempotentId('officer-3', 'claim-2026-0001')).toBe(first);
    expect(idempotentId('officer-4', 'claim-2026-0001')).not.toBe(first);
    expect(idempotentId('officer-3', 'claim-2026-0002')).not.toBe(first);
  });

  it('is a UUID of version 8 with the RFC variant, so UUID validators accept it', () => {
    expect(idempotentId('officer-3', 'claim-2026-0001')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
