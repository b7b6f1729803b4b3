// Telemetry starts before Nest and the service's modules are loaded.
import { startTelemetry } from '@harbour/telemetry';
const stopTelemetry = startTelemetry('operations');

import { bootstrapService } from '@harbour/service-runtime';
import { OperationsModule } from './app.module';

void bootstrapService({ name: 'operations', module: OperationsModule, defaultPort: 3007, onShutdown: stopTelemetry });
