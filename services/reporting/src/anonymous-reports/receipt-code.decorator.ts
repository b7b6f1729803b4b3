import { BadRequestException, createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { normaliseReceiptCode } from './receipt-code';

/** The receipt code travels in a header, never in the URL, where proxies and browsers would keep it. */
export const RECEIPT_CODE_HEADER = 'X-Receipt-Code';

/** The canonical receipt code from the request's X-Receipt-Code header; 400 when it cannot be one. */
export const ReceiptCode = createParamDecorator((_data: unknown, context: ExecutionContext): string => {
  const typed = context.switchToHttp().getRequest<Request>().header(RECEIPT_CODE_HEADER);
  const canonical = typed === undefined ? undefined : normaliseReceiptCode(typed);
  if (!canonical) throw new BadRequestException(`${RECEIPT_CODE_HEADER} must hold the receipt code: seven groups of four letters and digits`);
  return canonical;
});
