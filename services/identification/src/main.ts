// Telemetry starts before Nest and the service's modules are loaded.
import { startTelemetry } from '@harbour/telemetry';
const stopTelemetry = startTelemetry('identification');

import { bootstrapService } from '@harbour/service-runtime';
import { IdentificationModule } from './app.module';

void bootstrapService({ name: 'identification', module: IdentificationModule, defaultPort: 3001, onShutdown: stopTelemetry });
