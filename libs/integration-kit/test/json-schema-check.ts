/**
 * A deliberately small JSON Schema check for the keywords the generated payload schemas use.
 * It throws on any keyword it does not know, so a schema it cannot judge never passes silently.
 */
type Schema = Record<string, unknown>;

const FORMATS: Record<string, RegExp> = {
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  date: /^\d{4}-\d\d-\d\d$/,
  'date-time': /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/,
};
const ANNOTATIONS = new Set(['description', 'title', 'example', 'examples']);

export function schemaErrors(schema: Schema, value: unknown, definitions: Record<string, Schema>, at = '$'): string[] {
  const errors: string[] = [];
  for (const [keyword, expected] of Object.entries(schema)) {
    const fail = (reason: string) => errors.push(`${at}: ${reason}`);
    switch (keyword) {
      case '$ref': {
        const name = String(expected).split('/').pop()!;
        if (!definitions[name]) fail(`unresolved $ref ${String(expected)}`);
        else errors.push(...schemaErrors(definitions[name], value, definitions, at));
        break;
      }
      case 'type':
        if (!hasType(value, String(expected))) fail(`expected ${String(expected)}, got ${JSON.stringify(value)}`);
        break;
      case 'enum':
        if (!(expected as unknown[]).includes(value)) fail(`${JSON.stringify(value)} is not one of ${JSON.stringify(expected)}`);
        break;
      case 'const':
        if (value !== expected) fail(`expected ${JSON.stringify(expected)}`);
        break;
      case 'format':
        if (typeof value === 'string' && FORMATS[String(expected)] && !FORMATS[String(expected)].test(value)) fail(`not a ${String(expected)}: ${value}`);
        if (!FORMATS[String(expected)]) fail(`unknown format ${String(expected)}`);
        break;
      case 'pattern':
        if (typeof value === 'string' && !new RegExp(String(expected)).test(value)) fail(`does not match ${String(expected)}`);
        break;
      case 'minLength':
        if (typeof value === 'string' && value.length < Number(expected)) fail(`shorter than ${String(expected)}`);
        break;
      case 'maxLength':
        if (typeof value === 'string' && value.length > Number(expected)) fail(`longer than ${String(expected)}`);
        break;
      case 'minimum':
        if (typeof value === 'number' && value < Number(expected)) fail(`below ${String(expected)}`);
        break;
      case 'maximum':
        if (typeof value === 'number' && value > Number(expected)) fail(`above ${String(expected)}`);
        break;
      case 'required':
        for (const name of expected as string[]) if (!isObject(value) || !(name in value)) fail(`missing required ${name}`);
        break;
      case 'properties':
        if (isObject(value)) {
          for (const [name, propertySchema] of Object.entries(expected as Record<string, Schema>)) {
            if (name in value) errors.push(...schemaErrors(propertySchema, value[name], definitions, `${at}.${name}`));
          }
        }
        break;
      case 'additionalProperties':
        if (expected === false && isObject(value)) {
          const known = Object.keys((schema.properties as Schema | undefined) ?? {});
          for (const name of Object.keys(value)) if (!known.includes(name)) fail(`unexpected property ${name}`);
        }
        break;
      case 'oneOf': {
        const matching = (expected as Schema[]).filter((option) => schemaErrors(option, value, definitions, at).length === 0).length;
        if (matching !== 1) fail(`matches ${matching} of the oneOf schemas, not exactly one`);
        break;
      }
      case 'minItems':
        if (Array.isArray(value) && value.length < Number(expected)) fail(`fewer than ${String(expected)} items`);
        break;
      case 'maxItems':
        if (Array.isArray(value) && value.length > Number(expected)) fail(`more than ${String(expected)} items`);
        break;
      case 'uniqueItems':
        if (expected === true && Array.isArray(value) && new Set(value.map((item) => JSON.stringify(item))).size !== value.length) fail('repeats an item');
        break;
      case 'items':
        if (Array.isArray(value)) value.forEach((item, index) => errors.push(...schemaErrors(expected as Schema, item, definitions, `${at}[${index}]`)));
        break;
      default:
        if (!ANNOTATIONS.has(keyword)) throw new Error(`${at}: the check does not know the keyword ${keyword}`);
    }
  }
  return errors;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasType(value: unknown, type: string): boolean {
  if (type === 'integer') return Number.isInteger(value);
  if (type === 'array') return Array.isArray(value);
  if (type === 'object') return isObject(value);
  if (type === 'null') return value === null;
  return typeof value === type;
}
