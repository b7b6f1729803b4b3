import { DynamicModule, Module, NestApplicationOptions, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { OpenAPIObject } from '@nestjs/swagger';
import { TokenVerifier } from '@harbour/security';
import { traceHttpRequests } from '@harbour/telemetry';
import { loadConfig } from './config/load-config';
import { RuntimeConfig } from './config/runtime-config';
import { answerRequestBodyErrors, JSON_BODY_LIMIT_BYTES, refuseDeeplyNestedBodies } from './http/request-body';
import { createValidationPipe } from './http/validation-pipe';
import { measureHttpRequests } from './metrics/http-metrics';
import { collectProcessMetrics } from './metrics/process-metrics';
import { buildOpenApiDocument, serveOpenApi } from './openapi/openapi';
import { ServiceRuntimeModule } from './service-runtime.module';

export interface ServiceAppOptions {
  /** The bounded context, e.g. "reporting". */
  name: string;
  /** Runs when the application shuts down, after its modules (e.g. flushing telemetry). */
  onShutdown?: () => Promise<void>;
  logger?: NestApplicationOptions['logger'];
}

@Module({})
class ServiceRootModule {}

/**
 * Builds a service's application with every boundary rule of production, initialised but not
 * listening: end-to-end tests drive exactly what runs.
 */
export async function createServiceApp(module: Type, options: ServiceAppOptions): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(serviceRoot(module, options), {
    bodyParser: false,
    abortOnError: false,
    ...(options.logger === undefined ? {} : { logger: options.logger }),
  });
  assertSecured(app, options.name);
  const runtime = loadConfig(RuntimeConfig);
  app.disable('x-powered-by');
  // request.ip is then the nearest address that is not a trusted proxy; otherwise the connection's.
  app.set('trust proxy', runtime.trustedProxies.length > 0 ? runtime.trustedProxies : false);
  app.use(traceHttpRequests());
  collectProcessMetrics();
  app.use(measureHttpRequests);
  app.useBodyParser('json', { limit: JSON_BODY_LIMIT_BYTES });
  app.use(answerRequestBodyErrors);
  app.use(refuseDeeplyNestedBodies);
  app.useGlobalPipes(createValidationPipe());
  serveOpenApi(app, options.name, { docsPage: runtime.apiDocs });
  await app.init();
  return app;
}

/**
 * The OpenAPI document a service serves, built without starting it: Nest's preview mode reads
 * the modules and controllers but creates no provider, so no database or broker is reached.
 */
export async function createOpenApiDocument(module: Type, name: string): Promise<OpenAPIObject> {
  const app = await NestFactory.create<NestExpressApplication>(serviceRoot(module, { name }), { preview: true, logger: false, abortOnError: false });
  try {
    return buildOpenApiDocument(app, name);
  } finally {
    await app.close();
  }
}

function serviceRoot(module: Type, options: Pick<ServiceAppOptions, 'name' | 'onShutdown'>): DynamicModule {
  return { module: ServiceRootModule, imports: [ServiceRuntimeModule.forService(options.name, options.onShutdown), module] };
}

/** A service without the access guard would serve every route to anyone: refuse to build it. */
function assertSecured(app: NestExpressApplication, name: string): void {
  try {
    app.get(TokenVerifier, { strict: false });
  } catch {
    throw new Error(`the ${name} module must import SecurityModule.forRoot(): every route needs a token`);
  }
}
