/** The MongoDB (or MongoDB-compatible) server's URL from MONGO_URL, the local one by default. */
export function mongoUrl(): string {
  return process.env.MONGO_URL ?? 'mongodb://127.0.0.1:27017';
}

/** Each service owns one database, `harbour-<service>`; MONGO_DB overrides it (tests use a unique one). */
export function serviceDbName(serviceName: string): string {
  return process.env.MONGO_DB ?? `harbour-${serviceName}`;
}
