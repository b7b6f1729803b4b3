import { targetConstructorToSchema } from 'class-validator-jsonschema';
import { EventRegistry } from '@harbour/contracts';

export type JsonSchema = Record<string, unknown>;

export const SCHEMA_REF_PREFIX = '#/components/schemas/';

/**
 * The JSON Schema of every registered payload class, by class name, derived from its
 * class-validator decorators. Per class rather than from the whole metadata store
 * (validationMetadatasToSchemas): a payload that only extends a shared base, such as
 * ReasonableGroundsDecided, has no metadata of its own there. Consumers refuse unknown
 * fields, so every schema closes its properties.
 */
export function payloadSchemas(): Record<string, JsonSchema> {
  const payloads = new Map(EventRegistry.map((definition) => [definition.payload.name, definition.payload]));
  return Object.fromEntries(
    [...payloads.keys()].sort().map((name) => {
      const schema = targetConstructorToSchema(payloads.get(name)!, { refPointerPrefix: SCHEMA_REF_PREFIX }) as JsonSchema;
      if (!schema.properties) throw new Error(`payload class ${name} has no class-validator metadata to describe it`);
      return [name, { ...schema, additionalProperties: false }];
    }),
  );
}
