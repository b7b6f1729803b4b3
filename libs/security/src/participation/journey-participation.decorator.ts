import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { Participation } from './journey-participants';
import { RequestWithJourney } from './journey-access';

/** On which basis the caller acts on the journey, in words kept with a change they make. */
export function describeParticipation(participation: Participation | undefined): string {
  if (!participation) return 'opening the journey';
  return participation.kind === 'organisation'
    ? `${participation.basis} by ${participation.organisationId}`
    : `national scope of ${participation.role}: ${participation.legalBasis}`;
}

/** The caller's basis on a JourneyScoped route, as the access check found it. */
export const ParticipationBasisOf = createParamDecorator((_data: unknown, context: ExecutionContext): string =>
  describeParticipation(context.switchToHttp().getRequest<RequestWithJourney>().journeyAccess?.participation),
);
