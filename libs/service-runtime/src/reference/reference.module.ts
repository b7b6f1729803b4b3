import { Controller, DynamicModule, Get, Module, Type } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { EventRegistry, TaskQueues, Topics } from '@harbour/contracts';
import { Role, Roles } from '@harbour/security';

/** A service's context, with its own fact topic (not the journey, not participation, not an inbound topic). */
export type BoundedContext = Exclude<keyof typeof Topics, 'journey' | 'participation' | 'justiceMilestonesInbound'>;

export type Vocabulary = readonly string[] | Readonly<Record<string, string>>;

export interface ContextReference {
  context: BoundedContext;
  /** The roles that work in this context; operations analysts, auditors and machine clients may read it too. */
  roles: Role[];
  /** The closed vocabularies (from @harbour/contracts) this context's API accepts. */
  vocabularies: Record<string, Vocabulary>;
}

export interface PublishedEvent {
  type: string;
  topic: string;
  dataschema: string;
  example: object;
}

/**
 * Serves a context's reference data: its closed vocabularies, and the facts it publishes with
 * their topic and the task queue of its activities, so that integrators can code against the same codes.
 */
@Module({})
export class ReferenceModule {
  static forContext(reference: ContextReference): DynamicModule {
    return { module: ReferenceModule, controllers: [referenceController(reference)] };
  }
}

function referenceController({ context, roles, vocabularies }: ContextReference): Type {
  const source = `/harbour/${context}`;
  const events: PublishedEvent[] = EventRegistry.filter((definition) => definition.source === source).map(
    ({ type, topic, dataschema, example }) => ({ type, topic, dataschema, example }),
  );

  @ApiTags('reference')
  @ApiBearerAuth()
  @Roles('operations-analyst', 'auditor', 'service', ...roles)
  @Controller('reference')
  class ReferenceController {
    @Get('vocabularies')
    @ApiOperation({ summary: `Closed vocabularies of the ${context} context` })
    vocabularies(): { context: BoundedContext; vocabularies: Record<string, Vocabulary> } {
      return { context, vocabularies };
    }

    @Get('events')
    @ApiOperation({ summary: `Facts the ${context} context publishes, with an example of each` })
    events(): { context: BoundedContext; topic: string; taskQueue?: string; events: PublishedEvent[] } {
      // Identification serves no activities: it opens its decision tasks itself.
      const taskQueue = context in TaskQueues ? TaskQueues[context as keyof typeof TaskQueues] : undefined;
      return { context, topic: Topics[context], ...(taskQueue ? { taskQueue } : {}), events };
    }
  }
  return ReferenceController;
}
