import mongoose from 'mongoose';

/**
 * Query filters never execute operators that arrive inside values: `{ $ne: null }` from a
 * request body is wrapped in `$eq` and matches only itself. Harbour's own code marks its
 * operators with `mongoose.trusted(...)` when it needs them in a filter.
 */
export function applyMongooseDefaults(): void {
  mongoose.set('sanitizeFilter', true);
}
