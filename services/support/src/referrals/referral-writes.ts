import { Injectable, Provider } from '@nestjs/common';
import { getModelToken } from '@nestjs/mongoose';
import { Collection, Model } from 'mongoose';
import type { OutboxModel } from '@harbour/messaging';
import { Referral } from './referral';
import { REFERRAL_MODEL } from './referral.schema';

/**
 * Runs this process's updates of referral documents one at a time. FerretDB v1 on SQLite
 * applies an update as a read followed by a write outside any transaction
 * (FerretDB/FerretDB#3040): two concurrent updates of one document both report success and the
 * later write erases the earlier one, guard or no guard. The outbox relay removing sent events
 * is such a second writer. On MongoDB every single-document update is atomic and the queue
 * changes nothing; several instances of this service on FerretDB v1 would still race.
 */
@Injectable()
export class ReferralWrites {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(write: () => Promise<T>): Promise<T> {
    const result = this.tail.then(write);
    this.tail = result.catch(() => undefined);
    return result;
  }
}

/** The name under which MessagingModule finds the referrals' outbox (see referralOutboxProvider). */
export const REFERRAL_OUTBOX = 'ReferralOutbox';

/** The referrals as the outbox relay sees them: its removals of sent events queue with every other referral update. */
export const referralOutboxProvider: Provider = {
  provide: getModelToken(REFERRAL_OUTBOX),
  useFactory: (referrals: Model<Referral>, writes: ReferralWrites): OutboxModel => ({
    modelName: referrals.modelName,
    collection: queuedUpdates(referrals.collection, writes),
  }),
  inject: [getModelToken(REFERRAL_MODEL), ReferralWrites],
};

function queuedUpdates(collection: Collection, writes: ReferralWrites): Collection {
  return new Proxy(collection, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      if (property === 'updateOne') return (...args: unknown[]) => writes.run(() => value.apply(target, args));
      return value.bind(target);
    },
  });
}
