import { readFileSync } from 'node:fs';
import path from 'node:path';
import { deadLetterTopic, EventRegistry, Topics } from '@harbour/contracts';
import { repoRoot } from '@harbour/temporal';
import { API_DOCS_FOLDER, generateApiDocs } from '../src/api-docs';
import { HarbourServices } from '../src/harbour-services';
import { schemaErrors } from './json-schema-check';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('integration kit: the API documents in docs/api', () => {
  let documents: Map<string, string>;
  let asyncapi: Json;

  beforeAll(async () => {
    documents = await generateApiDocs();
    asyncapi = JSON.parse(documents.get('asyncapi.json')!);
  });

  it('are committed exactly as the code generates them (run npm run api-docs after changing an event or an endpoint)', () => {
    for (const [file, generated] of documents) {
      const committed = readFileSync(path.join(repoRoot(), API_DOCS_FOLDER, file), 'utf8');
      expect({ file, content: committed }).toEqual({ file, content: generated });
    }
  });

  it('hold the AsyncAPI document and one OpenAPI document per service', () => {
    expect([...documents.keys()].sort()).toEqual(['asyncapi.json', ...HarbourServices.map(({ name }) => `openapi/${name}.json`)].sort());
    for (const { name } of HarbourServices) {
      const openapi = JSON.parse(documents.get(`openapi/${name}.json`)!);
      expect(openapi.info.title).toBe(`Harbour ${name} service`);
      // The six bounded contexts publish facts and vocabularies; operations reads them and publishes none.
      const reference = name === 'operations' ? ['/operations/journeys'] : ['/reference/vocabularies', '/reference/events'];
      expect(Object.keys(openapi.paths)).toEqual(expect.arrayContaining(['/health', ...reference]));
    }
  });

  it('give every topic a channel, and its dead-letter topic one too', () => {
    const addresses = Object.values(asyncapi.channels as Record<string, Json>).map((channel) => channel.address);
    const topics = Object.values(Topics);
    expect(addresses.sort()).toEqual([...topics, ...topics.map(deadLetterTopic)].sort());
  });

  it('describe every registered event as a message on the channel of its topic, with its CloudEvents headers', () => {
    expect(Object.keys(asyncapi.components.messages).sort()).toEqual(EventRegistry.map((definition) => definition.type).sort());
    for (const definition of EventRegistry) {
      const channel = Object.values(asyncapi.channels as Record<string, Json>).find((candidate) => candidate.address === definition.topic)!;
      expect(channel.messages[definition.type]).toEqual({ $ref: `#/components/messages/${definition.type}` });
      const message = asyncapi.components.messages[definition.type];
      expect(message.headers.properties).toMatchObject({ ce_type: { const: definition.type }, ce_source: { const: definition.source }, ce_dataschema: { const: definition.dataschema } });
      const [example] = message.examples;
      expect(schemaErrors(message.headers, example.headers, {})).toEqual([]);
      expect(example.payload).toEqual(definition.example);
    }
  });

  it("give each message a payload schema that accepts its example and refuses an unknown or missing field", () => {
    const schemas = asyncapi.components.schemas as Record<string, Json>;
    for (const definition of EventRegistry) {
      const { payload, examples } = asyncapi.components.messages[definition.type];
      const example = examples[0].payload;
      expect({ type: definition.type, errors: schemaErrors(payload, example, schemas) }).toEqual({ type: definition.type, errors: [] });
      expect(schemaErrors(payload, { ...example, victimName: 'Maria' }, schemas)).toContain('$: unexpected property victimName');
      const [first] = Object.keys(example);
      const { [first]: _missing, ...without } = example;
      expect(schemaErrors(payload, without, schemas)).toContain(`$: missing required ${first}`);
    }
  });
});
