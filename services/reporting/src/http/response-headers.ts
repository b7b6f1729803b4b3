import { CallHandler, ExecutionContext, NestInterceptor, UseInterceptors } from '@nestjs/common';
import type { Response } from 'express';
import { Observable } from 'rxjs';

class SetResponseHeaders implements NestInterceptor {
  constructor(private readonly headers: Readonly<Record<string, string>>) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const response = context.switchToHttp().getResponse<Response>();
    for (const [name, value] of Object.entries(this.headers)) response.setHeader(name, value);
    return next.handle();
  }
}

/** Sets these headers on every answer of a controller or route (Nest's @Header is per route only). */
export const ResponseHeaders = (headers: Readonly<Record<string, string>>): ClassDecorator & MethodDecorator =>
  UseInterceptors(new SetResponseHeaders(headers));
