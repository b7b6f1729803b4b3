import type { NextFunction, Request, Response } from 'express';
import { Histogram, register } from 'prom-client';

const requestDuration = new Histogram({
  name: 'harbour_http_request_duration_seconds',
  help: 'HTTP requests by method, route template and status',
  labelNames: ['method', 'route', 'status'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  registers: [register],
});

/**
 * Times every request under its route's template (`/journeys/:journeyId`), never the path it
 * was called with, so that no journey id becomes a label; an unmatched path counts as `unmatched`.
 */
export function measureHttpRequests(request: Request, response: Response, next: NextFunction): void {
  const end = requestDuration.startTimer();
  response.on('finish', () => {
    const template = (request.route as { path?: string } | undefined)?.path;
    end({ method: request.method, route: template ? `${request.baseUrl}${template}` : 'unmatched', status: String(response.statusCode) });
  });
  next();
}
