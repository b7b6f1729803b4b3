// Telemetry starts before Nest and the service's modules are loaded.
import { startTelemetry } from '@harbour/telemetry';
const stopTelemetry = startTelemetry('support');

import { bootstrapService } from '@harbour/service-runtime';
import { SupportModule } from './app.module';

void bootstrapService({ name: 'support', module: SupportModule, defaultPort: 3003, onShutdown: stopTelemetry });
