import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { decodeCursor } from './journey-filter';
import { JourneyQueryDto } from './journey-query.dto';
import { JourneyView } from './journey-view';
import { JourneyPage, JourneyViews } from './journey-views';

/** Journeys as an analyst of one country may read them. */
@Injectable()
export class JourneyDirectory {
  constructor(private readonly views: JourneyViews) {}

  list(country: string, query: JourneyQueryDto, now = new Date()): Promise<JourneyPage> {
    const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
    if (query.cursor !== undefined && after === undefined) throw new BadRequestException('cursor must be the nextCursor of a previous page');
    return this.views.list(
      {
        country,
        stage: query.stage,
        ruleId: query.right,
        organisationId: query.organisation,
        child: query.child,
        overdue: query.overdue,
        dueWithin24h: query.dueWithin24h,
        stuck: query.stuck,
        after,
        limit: query.limit,
      },
      now,
    );
  }

  /** A journey of another country answers as if it did not exist, so that its existence does not leak. */
  async get(country: string, journeyId: string): Promise<JourneyView> {
    const stored = await this.views.find(journeyId);
    if (!stored || stored.view.country !== country) throw new NotFoundException(`no journey ${journeyId} in ${country}`);
    return stored.view;
  }
}
