// Telemetry starts before Nest and the service's modules are loaded.
import { startTelemetry } from '@harbour/telemetry';
const stopTelemetry = startTelemetry('compensation');

import { bootstrapService } from '@harbour/service-runtime';
import { CompensationModule } from './app.module';

void bootstrapService({ name: 'compensation', module: CompensationModule, defaultPort: 3006, onShutdown: stopTelemetry });
