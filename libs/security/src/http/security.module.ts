import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { RefusalAuditInterceptor } from '../audit/refusal-audit.interceptor';
import { jwtSettingsFromEnv, JwtSettings } from '../tokens/jwt-settings';
import { TokenVerifier } from '../tokens/token-verifier';
import { AccessGuard } from './access.guard';

/** Installs the access guard for the whole application, the token verifier it uses, and the audit of refusals. */
@Module({})
export class SecurityModule {
  /** Settings come from the environment (see jwtSettingsFromEnv) unless given. */
  static forRoot(settings?: JwtSettings): DynamicModule {
    return {
      module: SecurityModule,
      global: true,
      providers: [
        { provide: TokenVerifier, useFactory: () => new TokenVerifier(settings ?? jwtSettingsFromEnv()) },
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_INTERCEPTOR, useClass: RefusalAuditInterceptor },
      ],
      exports: [TokenVerifier],
    };
  }
}
