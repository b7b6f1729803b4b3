import { NotFoundException } from '@nestjs/common';

export class HearingNotFoundError extends NotFoundException {
  constructor(hearingId: string) {
    super(`no hearing ${hearingId}`);
  }
}
