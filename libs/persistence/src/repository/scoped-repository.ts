import { FilterQuery, Model, UpdateQuery } from 'mongoose';

/** The key that partitions a service's records: a victim's journey or an organisation. */
export type ScopeKey = 'journeyId' | 'organisationId';

/** A filter that cannot name the scope key itself: the scope is always a separate, required argument. */
export type ScopedFilter<T, K extends ScopeKey> = FilterQuery<T> & { [P in K]?: never };

export class UnscopedQueryError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'UnscopedQueryError';
  }
}

/**
 * Every read and write goes through a scope (journey or organisation) that is added to the
 * filter, so no query can reach records of another journey or organisation by omission.
 */
export class ScopedRepository<T extends Record<K, string>, K extends ScopeKey> {
  constructor(
    protected readonly model: Model<T>,
    protected readonly scopeKey: K,
  ) {}

  async findOne(scope: string, filter?: ScopedFilter<T, K>): Promise<T | null> {
    return this.model.findOne(this.scoped(scope, filter)).lean<T>();
  }

  async find(scope: string, filter?: ScopedFilter<T, K>, options: { limit?: number; sort?: Record<string, 1 | -1> } = {}): Promise<T[]> {
    const query = this.model.find(this.scoped(scope, filter));
    if (options.sort) query.sort(options.sort);
    if (options.limit !== undefined) query.limit(options.limit);
    return query.lean<T[]>();
  }

  async create(scope: string, document: Omit<T, K>): Promise<T> {
    assertScope(scope);
    const created = await this.model.create({ ...document, [this.scopeKey]: scope });
    return created.toObject() as T;
  }

  /** Updates one record of the scope; the update may not move it to another scope. */
  async updateOne(scope: string, filter: ScopedFilter<T, K>, update: UpdateQuery<T>): Promise<{ matched: number; modified: number }> {
    if (touches(update, this.scopeKey)) throw new UnscopedQueryError(`an update may not change ${this.scopeKey}`);
    const result = await this.model.updateOne(this.scoped(scope, filter), update);
    return { matched: result.matchedCount, modified: result.modifiedCount };
  }

  async deleteMany(scope: string, filter?: ScopedFilter<T, K>): Promise<number> {
    return (await this.model.deleteMany(this.scoped(scope, filter))).deletedCount;
  }

  protected scoped(scope: string, filter?: ScopedFilter<T, K>): FilterQuery<T> {
    assertScope(scope);
    return { ...filter, [this.scopeKey]: scope } as FilterQuery<T>;
  }
}

function assertScope(scope: unknown): asserts scope is string {
  if (typeof scope !== 'string' || scope.trim() === '') {
    throw new UnscopedQueryError('a scoped query needs its scope: a non-empty journeyId or organisationId');
  }
}

function touches(update: UpdateQuery<unknown>, key: string): boolean {
  return Object.entries(update).some(
    ([field, value]) => field === key || (field.startsWith('$') && typeof value === 'object' && value !== null && key in value),
  );
}
