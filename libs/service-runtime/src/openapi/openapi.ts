import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';

export const OPENAPI_DOCUMENT_PATH = '/openapi.json';
export const API_DOCS_PATH = '/docs';

/**
 * Serves the OpenAPI document and, unless `docsPage` is false (production by default), a docs
 * page; both are public, every operation declares bearer auth.
 */
export function serveOpenApi(app: INestApplication, serviceName: string, { docsPage }: { docsPage: boolean }): void {
  const document = buildOpenApiDocument(app, serviceName);
  SwaggerModule.setup(API_DOCS_PATH, app, document, {
    jsonDocumentUrl: OPENAPI_DOCUMENT_PATH,
    raw: ['json'],
    ui: docsPage,
    customSiteTitle: `Harbour ${serviceName} API`,
  });
}

/** The service's OpenAPI document, as served and as the integration kit publishes it. */
export function buildOpenApiDocument(app: INestApplication, serviceName: string): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle(`Harbour ${serviceName} service`)
    .setDescription(`REST API of Harbour's ${serviceName} context. Send a bearer token (OIDC JWT) with every call except /health.`)
    .setVersion('1')
    .addBearerAuth()
    .addSecurityRequirements('bearer')
    .build();
  return SwaggerModule.createDocument(app, config);
}
