import { SetMetadata } from '@nestjs/common';
import { ParticipationBasis } from '@harbour/contracts';

export const JOURNEY_SCOPE = 'harbour:journey-scope';

/** Where a route finds the journey it acts on. */
export type JourneyLocation =
  /** The `:journeyId` path parameter. */
  | { from: 'path' }
  /** `journeyId` in the body (optional there: without it the act opens no journey of another). */
  | { from: 'body' }
  /** A record named by a path parameter (`record` as a 404 names it: "NRM referral"); its repository says whose journey it is. */
  | { from: 'record'; record: string; param: string }
  /** The route opens or finds the caller's own journey and names it in its answer (a new report). */
  | { from: 'response' };

export type JourneyScope = JourneyLocation & {
  /** A door: a successful call makes the caller's organisation a participant on this basis. */
  joins?: ParticipationBasis;
};

/**
 * A route that acts on one journey: the caller must take part in it (or, for a door, may
 * join it), otherwise the answer is 404, the same as for a journey that does not exist.
 */
export const JourneyScoped = (scope: JourneyScope = { from: 'path' }): MethodDecorator => SetMetadata(JOURNEY_SCOPE, scope);
