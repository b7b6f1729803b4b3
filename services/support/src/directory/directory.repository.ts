import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { FilterQuery, Model } from 'mongoose';
import { Page, readPage } from '../paging/page';
import { DirectoryEntry, Organisation } from './organisation';
import { ORGANISATION_MODEL, OrganisationRecord, toOrganisation } from './organisation.schema';
import { DirectoryQueryDto } from './directory-query.dto';

/**
 * The directory of support organisations. It is reference data that every caller of the
 * support context may read; organisations are not people, so it holds nothing personal.
 */
@Injectable()
export class DirectoryRepository {
  constructor(@InjectModel(ORGANISATION_MODEL) private readonly organisations: Model<OrganisationRecord>) {}

  /**
   * Inserts or refreshes each organisation by its id, so running it twice changes nothing. The
   * places held and the task channel the organisation chose are its own and are kept.
   */
  async upsert(entries: readonly DirectoryEntry[]): Promise<void> {
    // The collection and its indexes first, then one organisation at a time: the local database fails
    // an upsert that races the creation of the collection or of its index.
    await this.organisations.init();
    for (const { id, ...fields } of entries) {
      await this.organisations.updateOne({ _id: id }, { $set: fields, $setOnInsert: { taskChannel: 'inbox' } }, { upsert: true });
    }
  }

  async find(organisationId: string): Promise<Organisation | null> {
    const record = await this.organisations.findById(organisationId).lean<OrganisationRecord>();
    return record ? toOrganisation(record) : null;
  }

  /** Every organisation of one country: the candidates a referral there can go to. */
  async inCountry(country: string): Promise<Organisation[]> {
    const records = await this.organisations.find({ country }).lean<OrganisationRecord[]>();
    return records.map(toOrganisation);
  }

  async page(query: DirectoryQueryDto): Promise<Page<Organisation>> {
    const filter: FilterQuery<OrganisationRecord> = {};
    if (query.country) filter.country = query.country;
    // Equality on an array field matches documents whose array holds the value.
    if (query.language) filter.languages = query.language;
    if (query.specialism) filter.specialisms = query.specialism;
    if (query.child) filter.acceptsChildren = true;
    return readPage(this.organisations, filter, { _id: 1 }, query, toOrganisation);
  }
}
