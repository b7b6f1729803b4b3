import { RecoveryPeriodExtended } from './recovery-period-extended.payload';

export const recoveryPeriodExtendedExample: RecoveryPeriodExtended = {
  nrmReferralId: '6b1e2c3d-4f5a-4b6c-8d7e-9f0a1b2c3d4e',
  extendedAt: '2026-04-01T09:00:00.000Z',
  extendedUntil: '2026-05-01T00:00:00.000Z',
};
