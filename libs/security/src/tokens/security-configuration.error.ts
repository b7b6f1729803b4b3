/** The token settings in the environment are missing or unusable; the message names the variable. */
export class SecurityConfigurationError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'SecurityConfigurationError';
  }
}
