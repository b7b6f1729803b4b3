// Telemetry starts before Nest and the service's modules are loaded.
import { startTelemetry } from '@harbour/telemetry';
const stopTelemetry = startTelemetry('reporting');

import { bootstrapService } from '@harbour/service-runtime';
import { ReportingModule } from './app.module';

void bootstrapService({ name: 'reporting', module: ReportingModule, defaultPort: 3002, onShutdown: stopTelemetry });
