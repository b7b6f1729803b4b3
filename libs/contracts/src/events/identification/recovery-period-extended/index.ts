import { Topics } from '../../../topics/topics';
import { defineEvent } from '../../event-definition';
import { recoveryPeriodExtendedExample } from './recovery-period-extended.example';
import { RecoveryPeriodExtended } from './recovery-period-extended.payload';

export { RecoveryPeriodExtended };
export const RecoveryPeriodExtendedEvent = defineEvent({
  type: 'harbour.identification.recovery-period.extended.v1',
  topic: Topics.identification,
  source: '/harbour/identification',
  payload: RecoveryPeriodExtended,
  example: recoveryPeriodExtendedExample,
});
