// Telemetry starts before Nest and the service's modules are loaded.
import { startTelemetry } from '@harbour/telemetry';
const stopTelemetry = startTelemetry('justice');

import { bootstrapService } from '@harbour/service-runtime';
import { JusticeModule } from './app.module';

void bootstrapService({ name: 'justice', module: JusticeModule, defaultPort: 3005, onShutdown: stopTelemetry });
