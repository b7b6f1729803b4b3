import { collectDefaultMetrics, register } from 'prom-client';

let collecting = false;

/**
 * The process's own metrics (CPU, memory, event loop, GC), prefixed `harbour_`, in prom-client's
 * default registry where every library of Harbour registers its metrics. Started once per process.
 */
export function collectProcessMetrics(): void {
  if (collecting) return;
  collecting = true;
  collectDefaultMetrics({ register, prefix: 'harbour_' });
}
