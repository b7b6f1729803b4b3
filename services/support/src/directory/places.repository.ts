import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Collection, Model } from 'mongoose';
import { ORGANISATION_MODEL, OrganisationRecord } from './organisation.schema';

/** Tries of a claim that lost a race against another claim or a change of capacity. */
const CLAIM_TRIES = 5;

/**
 * An organisation's places, claimed by referral id inside the organisation's own document.
 * Without multi-document transactions the referral and the organisation cannot change in one
 * write, so each side is made safe on its own:
 *  - a claim is one guarded update that adds the referral id only while fewer ids than places
 *    are held (`placeClaims.<capacity-1>` absent) and only once per referral id, so concurrent
 *    accepts never overbook and a retried accept never claims twice;
 *  - a claim whose referral then fails to move is released at once; one left behind by a crash
 *    between the two writes is removed by ReconcilePlaces, so a
 *    crash can only leave a place unused for a while, never give it twice.
 */
@Injectable()
export class PlacesRepository {
  constructor(@InjectModel(ORGANISATION_MODEL) private readonly organisations: Model<OrganisationRecord>) {}

  /** Holds a place for the referral; false when the organisation has none open. */
  async claim(organisationId: string, referralId: string): Promise<boolean> {
    for (let attempt = 0; attempt < CLAIM_TRIES; attempt += 1) {
      const organisation = await this.organisations.findById(organisationId, { capacity: 1, placeClaims: 1 }).lean<OrganisationRecord>();
      if (!organisation) return false;
      const claims = organisation.placeClaims ?? [];
      if (claims.includes(referralId)) return true;
      const { capacity } = organisation;
      if (capacity <= claims.length) return false;
      const { modifiedCount } = await this.claims.updateOne(
        { _id: organisationId, capacity, [`placeClaims.${capacity - 1}`]: { $exists: false }, placeClaims: { $ne: referralId } },
        { $push: { placeClaims: referralId } },
      );
      if (modifiedCount === 1) return true;
    }
    return false;
  }

  /** The driver's collection: mongoose would cast an operator on an array position as a plain value. */
  private get claims(): Collection<Pick<OrganisationRecord, '_id' | 'capacity' | 'placeClaims'>> {
    return this.organisations.collection as unknown as Collection<Pick<OrganisationRecord, '_id' | 'capacity' | 'placeClaims'>>;
  }

  async release(organisationId: string, referralId: string): Promise<void> {
    await this.organisations.updateOne({ _id: organisationId }, { $pull: { placeClaims: referralId } });
  }

  /** Every organisation that holds places, with the referral ids holding them. */
  async held(): Promise<{ organisationId: string; referralIds: string[] }[]> {
    const records = await this.claims.find({ 'placeClaims.0': { $exists: true } }, { projection: { placeClaims: 1 } }).toArray();
    return records.map((record) => ({ organisationId: record._id, referralIds: record.placeClaims ?? [] }));
  }
}
