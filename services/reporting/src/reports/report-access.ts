import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Principal, Role } from '@harbour/security';
import { Model } from 'mongoose';
import { REPORT_MODEL, ReportRecord } from './report.schema';

/** Roles that read reports across organisations; a first responder sees only its own organisation's. */
const CROSS_ORGANISATION_READERS: readonly Role[] = ['nrm-decision-maker', 'prosecutor-liaison', 'auditor'];

/** The party a principal records reports for: its organisation, or itself for a machine client without one. */
export function reportingOrganisationOf(principal: Principal): string {
  return principal.organisationId ?? principal.subject;
}

/** Loads a report for a caller the route's roles already admit, refusing another organisation's report to a first responder. */
@Injectable()
export class ReportAccess {
  constructor(@InjectModel(REPORT_MODEL) private readonly reports: Model<ReportRecord>) {}

  /** The report's journey, for the participation check of the routes that name a report. */
  findById(reportId: string): Promise<Pick<ReportRecord, 'journeyId'> | null> {
    return this.reports.findById(reportId, { journeyId: 1 }).lean<Pick<ReportRecord, 'journeyId'>>().exec();
  }

  async reportFor(principal: Principal, reportId: string): Promise<ReportRecord> {
    const report = await this.reports.findById(reportId).lean<ReportRecord>().exec();
    if (!report) throw new NotFoundException(`report ${reportId} not found`);
    const crossOrganisation = principal.roles.some((role) => CROSS_ORGANISATION_READERS.includes(role));
    if (!crossOrganisation && report.reportingOrganisation !== reportingOrganisationOf(principal)) {
      throw new ForbiddenException('this report belongs to another organisation');
    }
    return report;
  }
}
