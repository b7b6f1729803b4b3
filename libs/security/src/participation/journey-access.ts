import { Injectable, NotFoundException } from '@nestjs/common';
import { Principal } from '../principal';
import { AuthenticatedRequest } from '../http/authenticated-request';
import { JourneyScope } from './journey-scoped.decorator';
import { JourneyParticipants, mayJoin, Participation, participationOf } from './journey-participants';
import { JourneyParticipantsStore } from './journey-participants.store';
import { NationalScope } from './national-scope';
import { RecordJourneys } from './record-journeys';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What the access check leaves on the request for the route and the audit log. */
export interface JourneyAccessGrant {
  journeyId: string;
  participation?: Participation;
}

export type RequestWithJourney = AuthenticatedRequest & { journeyAccess?: JourneyAccessGrant };

/**
 * Decides whether the caller takes part in the journey a route acts on. A caller who does
 * not gets the same 404 as for a journey or record that does not exist, so that nobody
 * learns that a journey exists from a route they may not use.
 */
@Injectable()
export class JourneyAccess {
  constructor(
    private readonly participants: JourneyParticipantsStore,
    private readonly records: RecordJourneys,
    private readonly scope: NationalScope,
  ) {}

  async check(principal: Principal, scope: JourneyScope, request: RequestWithJourney): Promise<void> {
    if (scope.from === 'response') return;
    const located = await this.locate(scope, request);
    // A malformed id is left to the route's validation, which names it (400): it names no journey.
    // A record of no journey is the route's own to guard (a screening before a journey: its organisation's).
    if (located === 'malformed' || located === 'absent' || located === null) return;
    if (located === undefined) throw this.notFound(scope, request);
    const journey = await this.participants.of(located);
    const participation = participationOf(principal, journey, this.scope);
    if (participation || (scope.joins && mayJoin(principal, journey, scope.joins))) {
      request.journeyAccess = { journeyId: located, ...(participation ? { participation } : {}) };
      return;
    }
    throw this.notFound(scope, request);
  }

  /** After a door succeeded: the caller's organisation takes part in the journey it acted on. */
  async joinAfter(principal: Principal, scope: JourneyScope, request: RequestWithJourney, answer: unknown): Promise<void> {
    if (!scope.joins || principal.organisationId === undefined) return;
    const journeyId = scope.from === 'response' ? journeyIdIn(answer) : (request.journeyAccess?.journeyId ?? journeyIdIn(answer));
    if (journeyId === undefined) return;
    const journey = await this.participants.of(journeyId);
    if (journey.participants.some((p) => p.organisationId === principal.organisationId && p.basis === scope.joins)) return;
    if (!mayJoin(principal, journey, scope.joins)) return;
    await this.participants.join(journeyId, principal.organisationId, scope.joins);
  }

  /** The participants as this service knows them. */
  of(journeyId: string): Promise<JourneyParticipants> {
    return this.participants.of(journeyId);
  }

  private async locate(scope: JourneyScope, request: RequestWithJourney): Promise<string | null | undefined | 'malformed' | 'absent'> {
    switch (scope.from) {
      case 'path':
        return uuidOrMalformed(request.params?.journeyId);
      case 'body': {
        const journeyId = (request.body as { journeyId?: unknown } | undefined)?.journeyId;
        return journeyId === undefined ? 'absent' : uuidOrMalformed(journeyId);
      }
      case 'record': {
        const id = uuidOrMalformed(request.params?.[scope.param]);
        return id === 'malformed' ? id : this.records.journeyOf(scope.record, id);
      }
      default:
        return 'absent';
    }
  }

  /** The same words for a record or journey that does not exist and for one the caller takes no part in. */
  private notFound(scope: JourneyScope, request: RequestWithJourney): NotFoundException {
    if (scope.from === 'record') return new NotFoundException(`${scope.record} ${String(request.params?.[scope.param])} not found`);
    return new NotFoundException('journey not found');
  }
}

function uuidOrMalformed(value: unknown): string | 'malformed' {
  return typeof value === 'string' && UUID.test(value) ? value.toLowerCase() : 'malformed';
}

function journeyIdIn(answer: unknown): string | undefined {
  const journeyId = (answer as { journeyId?: unknown } | null | undefined)?.journeyId;
  return typeof journeyId === 'string' && UUID.test(journeyId) ? journeyId : undefined;
}
