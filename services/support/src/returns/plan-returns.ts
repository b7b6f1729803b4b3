import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { Specialism } from '@harbour/contracts';
import { DirectoryRepository } from '../directory/directory.repository';
import { explainMatching } from '../directory/match-organisations';
import { basisToRefer, VictimObjectedError } from '../referral-basis/referral-basis';
import { ReferralBasisRepository } from '../referral-basis/referral-basis.repository';
import { SupportNeedCode } from '../support-plans/support-needs';
import { PlannedReturn, planReturn, readyPlan } from './planned-return';
import { renderSummary, summaryLanguageFor } from './render-summary';
import { ReturnsRepository } from './returns.repository';

export interface PlanReturnCommand {
  journeyId: string;
  organisationId: string;
  actor: string;
  toCountry: string;
  departureDate: Date;
}

export interface ReturnPlanCommand {
  organisationId: string;
  returnId: string;
  riskAssessmentReference: string;
  specialism: Specialism;
  victimLanguage: string;
  child: boolean;
  needs: SupportNeedCode[];
  longTermSupport: boolean;
}

/** A victim's safe return (CETS 197 Art 16): the return is planned, then its plan is made ready with a cross-border referral. */
@Injectable()
export class PlanReturns {
  constructor(
    private readonly returns: ReturnsRepository,
    private readonly directory: DirectoryRepository,
    private readonly bases: ReferralBasisRepository,
  ) {}

  async plan({ journeyId, organisationId, actor, toCountry, departureDate }: PlanReturnCommand): Promise<PlannedReturn> {
    const now = new Date();
    if (departureDate.getTime() <= now.getTime()) throw new BadRequestException('departureDate must be in the future');
    const planned = planReturn(journeyId, organisationId, { toCountry, departureDate }, actor, now);
    await this.returns.insert(planned);
    return planned;
  }

  async makeReady(command: ReturnPlanCommand): Promise<PlannedReturn> {
    const planned = await this.find(command.organisationId, command.returnId);
    if (planned.status !== 'planned') throw new ConflictException(`return ${planned._id} already has a ready plan`);
    try {
      basisToRefer(await this.bases.recordedFor(planned.journeyId));
    } catch (error) {
      if (error instanceof VictimObjectedError) throw new ConflictException(error.message);
      throw error;
    }
    const need = { country: planned.toCountry, language: command.victimLanguage, specialism: command.specialism, child: command.child };
    const { matches, skipped } = explainMatching(await this.directory.inCountry(planned.toCountry), need);
    const [best] = matches;
    if (!best) {
      const why = skipped.map((skip) => `${skip.organisationId}: ${skip.reason}`).join('; ') || 'the directory lists none there';
      throw new ConflictException(`no organisation in ${planned.toCountry} can take the referral (${why})`);
    }
    const summary = renderSummary(
      { journeyId: planned.journeyId, departureDate: planned.departureDate, specialism: command.specialism, victimLanguage: command.victimLanguage, child: command.child, needs: command.needs, longTermSupport: command.longTermSupport, riskAssessmentReference: command.riskAssessmentReference },
      summaryLanguageFor(best.organisation.languages),
    );
    const ready = readyPlan(planned, command.riskAssessmentReference, { organisationId: best.organisation.id, reasons: best.reasons, summary }, new Date());
    if (!(await this.returns.markReady(planned, ready.fields, ready.events))) throw new ConflictException(`return ${planned._id} already has a ready plan`);
    return { ...planned, ...ready.fields };
  }

  async find(organisationId: string, returnId: string): Promise<PlannedReturn> {
    const planned = await this.returns.findOne(organisationId, { _id: returnId });
    // Another organisation's return answers exactly like one that does not exist.
    if (!planned) throw new NotFoundException(`return ${returnId} not found`);
    return planned;
  }
}
