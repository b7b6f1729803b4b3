import { Type } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';

/** A repository that finds one of its records by id; every journey record says its journey. */
export interface FindsJourneyRecord {
  findById(id: string): Promise<{ journeyId?: string } | null>;
}

/** Which repository holds each kind of record named in a JourneyScoped path (`claim` → ClaimRepository). */
export type RecordRepositories = Record<string, Type<FindsJourneyRecord>>;

/** Finds the journey of a record named by a path, through the service's own repository for it. */
export class RecordJourneys {
  constructor(
    private readonly moduleRef: ModuleRef,
    private readonly repositories: RecordRepositories,
  ) {}

  /** The record's journey; null for a record that belongs to no journey (a screening before one), undefined for none. */
  async journeyOf(record: string, id: string): Promise<string | null | undefined> {
    const repository = this.repositories[record];
    if (!repository) throw new Error(`no repository named for records of kind ${record} in ParticipationModule`);
    const found = await this.moduleRef.get(repository, { strict: false }).findById(id);
    return found ? (found.journeyId ?? null) : undefined;
  }
}
