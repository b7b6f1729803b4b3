import { Controller, Get, Header } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '@harbour/security';
import { register } from 'prom-client';

/**
 * Prometheus metrics in the text format. Public like /health: they hold codes, routes and counts,
 * never an id or personal data; keep the port to the cluster's network (deploy/).
 */
@ApiExcludeController()
@Public()
@Controller('metrics')
export class MetricsController {
  @Get()
  @Header('Content-Type', register.contentType)
  @Header('Cache-Control', 'no-store')
  metrics(): Promise<string> {
    return register.metrics();
  }
}
