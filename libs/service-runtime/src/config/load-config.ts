import { FactoryProvider } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, validateSync, ValidationError } from 'class-validator';

/** The environment does not satisfy a configuration class; the message names every wrong variable. */
export class ConfigurationError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'ConfigurationError';
  }
}

/**
 * Reads a configuration class from the environment and validates it with its class-validator
 * decorators. Only the class's own properties are kept, and values are never echoed in the
 * message: some of them are secrets.
 */
export function loadConfig<T extends object>(ConfigClass: new () => T, env: NodeJS.ProcessEnv = process.env): T {
  const names = declaredProperties(ConfigClass);
  const declared = Object.fromEntries(names.filter((name) => env[name] !== undefined).map((name) => [name, env[name]]));
  const config = plainToInstance(ConfigClass, declared);
  const errors = validateSync(config, { forbidUnknownValues: true });
  if (errors.length > 0) throw new ConfigurationError(`invalid configuration: ${describe(errors).join('; ')}`);
  return config;
}

function declaredProperties(ConfigClass: new () => object): string[] {
  const metadata = getMetadataStorage().getTargetValidationMetadatas(ConfigClass, '', true, false);
  return [...new Set(metadata.map((entry) => entry.propertyName))];
}

function describe(errors: ValidationError[]): string[] {
  return errors.flatMap((error) => Object.values(error.constraints ?? {}));
}

/**
 * Makes a service's own configuration class injectable. It is read while the application is
 * built, so a wrong variable stops the boot with the precise message.
 */
export function provideConfig<T extends object>(ConfigClass: new () => T): FactoryProvider<T> {
  return { provide: ConfigClass, useFactory: () => loadConfig(ConfigClass) };
}
