import { Body, Controller, Headers, HttpCode, Options, Param, Post, Req, Res, UnauthorizedException } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public, TokenVerifier } from '@harbour/security';
import { temporalSettings } from '@harbour/temporal';
import type { Request, Response } from 'express';
import { analystOf, CONSOLE_SESSION } from '../console/console-session';
import { OperationsConfig } from '../operations-config';
import { PayloadDecoder } from './payload-decoder';
import { PayloadsDto } from './payloads.dto';

/**
 * The codec server the Temporal UI and CLI call to show a journey's payloads decoded, under the
 * console so that the console's session cookie reaches it (the UI's "include cross-origin
 * credentials"); a bearer token works too (the CLI's `--codec-auth`). Operations analysts only.
 * Cross-origin calls are let in from the configured Temporal UI alone.
 */
@ApiExcludeController()
@Public()
@Controller('console/codec')
export class CodecController {
  constructor(
    private readonly verifier: TokenVerifier,
    private readonly decoder: PayloadDecoder,
    private readonly config: OperationsConfig,
  ) {}

  @Options(['decode', ':namespace/decode'])
  @HttpCode(204)
  preflight(@Req() request: Request, @Res({ passthrough: true }) response: Response): void {
    this.allowTemporalUi(request, response);
    response.setHeader('Access-Control-Allow-Methods', 'POST');
    response.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type, X-Namespace');
    response.setHeader('Access-Control-Max-Age', '600');
  }

  @Post(['decode', ':namespace/decode'])
  @HttpCode(200)
  async decode(
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @Body() { payloads }: PayloadsDto,
    @Headers('x-namespace') namespaceHeader?: string,
    @Param('namespace') namespacePath?: string,
  ) {
    this.allowTemporalUi(request, response);
    response.setHeader('Cache-Control', 'no-store');
    const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    const analyst = await analystOf(this.verifier, bearer ?? CONSOLE_SESSION.token(request));
    if (!analyst) throw new UnauthorizedException('an operations analyst token (bearer, or the console session) is needed to decode payloads');
    return this.decoder.decode(analyst, namespacePath ?? namespaceHeader ?? temporalSettings().namespace, payloads);
  }

  private allowTemporalUi(request: Request, response: Response): void {
    const allowed = new URL(this.config.OPERATIONS_TEMPORAL_UI_URL ?? 'http://127.0.0.1:8233').origin;
    if (request.headers.origin !== allowed) return;
    response.setHeader('Access-Control-Allow-Origin', allowed);
    response.setHeader('Access-Control-Allow-Credentials', 'true');
    response.setHeader('Vary', 'Origin');
  }
}
