import { Controller, Get, Inject, ServiceUnavailableException } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@harbour/security';
import { SERVICE_NAME } from '../service-runtime.module';
import { READINESS_CHECKS, ReadinessCheck } from './readiness-check';

export type CheckResult = { status: 'up' } | { status: 'down'; reason: string };

export interface HealthReport {
  status: 'ok' | 'unavailable';
  service: string;
  checks: Record<string, CheckResult>;
}

/** A check that has not answered by then counts as down, so /health itself never hangs. */
const CHECK_TIMEOUT_MS = 3000;

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @Inject(SERVICE_NAME) private readonly service: string,
    @Inject(READINESS_CHECKS) private readonly checks: ReadinessCheck[],
  ) {}

  @Public()
  @Get()
  @ApiOperation({ summary: 'Liveness and readiness; 503 when a dependency is down', security: [] })
  async health(): Promise<HealthReport> {
    const results = await Promise.all(this.checks.map(async (check) => [check.name, await run(check)] as const));
    const report: HealthReport = {
      status: results.every(([, result]) => result.status === 'up') ? 'ok' : 'unavailable',
      service: this.service,
      checks: Object.fromEntries(results),
    };
    if (report.status !== 'ok') throw new ServiceUnavailableException(report);
    return report;
  }
}

async function run(check: ReadinessCheck): Promise<CheckResult> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
  });
  try {
    await Promise.race([Promise.resolve().then(() => check.check()), timeout]);
    return { status: 'up' };
  } catch (error) {
    return { status: 'down', reason: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}
