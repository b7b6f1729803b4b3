// Telemetry starts before Nest and the service's modules are loaded.
import { startTelemetry } from '@harbour/telemetry';
const stopTelemetry = startTelemetry('protection');

import { bootstrapService } from '@harbour/service-runtime';
import { ProtectionModule } from './app.module';

void bootstrapService({ name: 'protection', module: ProtectionModule, defaultPort: 3004, onShutdown: stopTelemetry });
