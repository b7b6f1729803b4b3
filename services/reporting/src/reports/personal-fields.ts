import { Keyring } from '@harbour/persistence';
import { EncryptedPersonalFields } from './report.schema';

export type PersonalFields = EncryptedPersonalFields;

/** Encrypts each given personal field under the journey's key; fields not given stay absent. */
export async function encryptPersonalFields(keyring: Keyring, journeyId: string, fields: PersonalFields): Promise<EncryptedPersonalFields> {
  const entries = Object.entries(fields).filter(([, value]) => value !== undefined) as [keyof PersonalFields, string][];
  return Object.fromEntries(await Promise.all(entries.map(async ([name, value]) => [name, await keyring.encrypt(journeyId, value)])));
}

export async function decryptPersonalFields(keyring: Keyring, journeyId: string, fields: EncryptedPersonalFields): Promise<PersonalFields> {
  const entries = Object.entries(fields ?? {}).filter(([, value]) => typeof value === 'string') as [keyof PersonalFields, string][];
  return Object.fromEntries(await Promise.all(entries.map(async ([name, value]) => [name, await keyring.decrypt(journeyId, value)])));
}
