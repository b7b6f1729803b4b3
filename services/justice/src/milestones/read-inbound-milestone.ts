import { Validated } from '@harbour/contracts';
import { validateInput } from '../facts/validate-input';
import { InboundMilestoneDto } from './inbound-milestone.dto';

/** Reads one inbound milestone from its JSON text; a refusal names every reason. */
export function readInboundMilestone(json: string | null | undefined): Validated<InboundMilestoneDto> {
  if (!json) return { ok: false, reason: 'empty: a milestone is a JSON object' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    return { ok: false, reason: `not JSON: ${(error as Error).message}` };
  }
  return validateInput(InboundMilestoneDto, parsed);
}
