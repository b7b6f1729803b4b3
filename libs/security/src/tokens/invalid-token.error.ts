/** A token was missing, malformed, unsigned, expired or not meant for Harbour; the message says which. */
export class InvalidTokenError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'InvalidTokenError';
  }
}
