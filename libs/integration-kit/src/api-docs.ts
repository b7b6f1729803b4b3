import { createOpenApiDocument } from '@harbour/service-runtime';
import { buildAsyncApiDocument } from './asyncapi';
import { HarbourServices } from './harbour-services';

/** Where the documents go, relative to the repository root. */
export const API_DOCS_FOLDER = 'docs/api';

/** Every generated document by its path under docs/api, as committed: pretty JSON ending with a newline. */
export async function generateApiDocs(): Promise<Map<string, string>> {
  const documents = new Map<string, string>([['asyncapi.json', asJson(buildAsyncApiDocument())]]);
  for (const { name, module } of HarbourServices) {
    documents.set(`openapi/${name}.json`, asJson(await createOpenApiDocument(module, name)));
  }
  return documents;
}

function asJson(document: object): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
