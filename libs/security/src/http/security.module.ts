import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { jwtSettingsFromEnv, JwtSettings } from '../tokens/jwt-settings';
import { TokenVerifier } from '../tokens/token-verifier';
import { AccessGuard } from './access.guard';

/** Installs the access guard for the whole application and the token verifier it uses. */
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
      ],
      exports: [TokenVerifier],
    };
  }
}
