import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { PossibleDuplicateFoundEvent } from '@harbour/contracts';
import { isDuplicateKey, Keyring } from '@harbour/persistence';
import { RequestRefusedError } from '../shared/identification-errors';
import { journeyFact } from '../shared/journey-fact';
import { IdentityRecordsRepository, PossibleDuplicatesRepository } from './cross-matching.repositories';
import { IdentityRecord } from './cross-matching.schema';
import { RecordIdentityDto } from './cross-matching-requests.dto';
import { matchedOn, matchKeys, normaliseIdentity } from './identity-match-keys';

/**
 * Stores a journey's identity attributes encrypted with their keyed-hash match keys, and raises
 * a possible duplicate for every other journey that shares a key. The caller learns nothing of
 * the matches: reviewers do, and only as journey ids and attribute kinds.
 */
@Injectable()
export class RecordIdentity {
  constructor(
    private readonly identities: IdentityRecordsRepository,
    private readonly possibleDuplicates: PossibleDuplicatesRepository,
    private readonly keyring: Keyring,
  ) {}

  async execute(journeyId: string, attributes: RecordIdentityDto, actor: string): Promise<IdentityRecord> {
    const keys = matchKeys(normaliseIdentity(attributes), (value) => this.keyring.keyedHash(value));
    if (keys.length === 0) {
      throw new RequestRefusedError('give fullName with dateOfBirth, or identityDocumentNumber with nationality: no other combination can be matched');
    }
    const record = await this.identities.create(journeyId, {
      _id: randomUUID(),
      matchKeys: keys,
      encryptedAttributes: await this.keyring.encrypt(journeyId, JSON.stringify({ ...attributes })),
      recordedAt: new Date(),
      recordedBy: actor,
    });
    await this.raisePossibleDuplicates(journeyId, keys);
    return record;
  }

  private async raisePossibleDuplicates(journeyId: string, keys: string[]): Promise<void> {
    const sharedKeys = new Map<string, Set<string>>();
    for (const other of await this.identities.ofOtherJourneys(journeyId, keys)) {
      const shared = sharedKeys.get(other.journeyId) ?? new Set<string>();
      for (const key of other.matchKeys.filter((key) => keys.includes(key))) shared.add(key);
      sharedKeys.set(other.journeyId, shared);
    }
    for (const [otherJourneyId, shared] of sharedKeys) {
      const raisedAt = new Date();
      const matchId = randomUUID();
      const on = matchedOn([...shared]);
      const fact = journeyFact(PossibleDuplicateFoundEvent, journeyId, raisedAt, { matchId, otherJourneyId, matchedOn: on });
      const pairKey = [journeyId, otherJourneyId].sort().join('+');
      try {
        await this.possibleDuplicates.insertWithFacts({ _id: matchId, journeyId, otherJourneyId, pairKey, matchedOn: on, status: 'open', raisedAt }, [fact]);
      } catch (error) {
        // The pair was raised before (from either side): one review item per pair.
        if (!isDuplicateKey(error)) throw error;
      }
    }
  }
}
