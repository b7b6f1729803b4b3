import { Logger, Type } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { loadConfig } from './config/load-config';
import { RuntimeConfig } from './config/runtime-config';
import { createServiceApp } from './create-service-app';
import { API_DOCS_PATH, OPENAPI_DOCUMENT_PATH } from './openapi/openapi';

export interface BootstrapOptions {
  name: string;
  module: Type;
  /** Used when PORT is not set. */
  defaultPort: number;
  onShutdown?: () => Promise<void>;
}

/** Starts a service on HOST:PORT (loopback by default); exits with the reason when it cannot. */
export async function bootstrapService(options: BootstrapOptions): Promise<NestExpressApplication> {
  const logger = new Logger(options.name);
  try {
    const runtime = loadConfig(RuntimeConfig);
    const app = await createServiceApp(options.module, options);
    app.enableShutdownHooks();
    const host = runtime.HOST ?? '127.0.0.1';
    const port = runtime.PORT ?? options.defaultPort;
    await app.listen(port, host);
    const base = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
    logger.log(`API at ${base}, OpenAPI document at ${base}${OPENAPI_DOCUMENT_PATH}, docs at ${base}${API_DOCS_PATH}`);
    return app;
  } catch (error) {
    logger.error(`cannot start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
