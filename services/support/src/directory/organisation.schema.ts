import { Schema } from 'mongoose';
import { Specialisms } from '@harbour/contracts';
import { Organisation } from './organisation';

export const ORGANISATION_MODEL = 'Organisation';

/** An organisation as stored: its directory id is the document id. */
export type OrganisationRecord = Omit<Organisation, 'id'> & { _id: string };

export const organisationSchema = new Schema<OrganisationRecord>(
  {
    _id: { type: String, required: true },
    name: { type: String, required: true },
    country: { type: String, required: true },
    region: { type: String, required: true },
    languages: { type: [String], required: true },
    specialisms: { type: [String], enum: Specialisms, required: true },
    capacity: { type: Number, required: true, min: 0 },
    acceptsChildren: { type: Boolean, required: true },
    helpline116006: { type: Boolean, required: true },
    taskChannel: { type: String, enum: ['inbox', 'webhook'], required: true },
  },
  { versionKey: false },
);
organisationSchema.index({ country: 1 });

export function toOrganisation({ _id, ...fields }: OrganisationRecord): Organisation {
  return { id: _id, ...fields };
}
