import { Topics } from '../../../topics/topics';
import { defineEvent } from '../../event-definition';
import { paymentMadeExample } from './payment-made.example';
import { PaymentMade } from './payment-made.payload';

export { PaymentMade };
export const PaymentMadeEvent = defineEvent({
  type: 'harbour.compensation.payment.made.v1',
  topic: Topics.compensation,
  source: '/harbour/compensation',
  payload: PaymentMade,
  example: paymentMadeExample,
});
