import { ApplicationFailure } from '@temporalio/common';
import { IsUUID } from 'class-validator';
import { IssueComplaintAcknowledgementCommand, ReportingActivities } from '@harbour/contracts';
import { validActivityCommand } from '@harbour/temporal';
import { IssueAcknowledgement, NotAFormalComplaintError, ReportNotInJourneyError } from '../acknowledgements/issue-acknowledgement';

export class IssueComplaintAcknowledgementInput implements IssueComplaintAcknowledgementCommand {
  @IsUUID()
  journeyId: string;

  @IsUUID()
  reportId: string;
}

export interface ReportingActivityDependencies {
  issueAcknowledgement: Pick<IssueAcknowledgement, 'forJourney'>;
}

/** The activities the journey workflows call on the reporting task queue; plain functions over the use cases. */
export function createReportingActivities({ issueAcknowledgement }: ReportingActivityDependencies): ReportingActivities {
  return {
    issueComplaintAcknowledgement: async (command) => {
      const { journeyId, reportId } = validActivityCommand(IssueComplaintAcknowledgementInput, command);
      try {
        return await issueAcknowledgement.forJourney(journeyId, reportId);
      } catch (error) {
        // No retry turns an unknown report, or one that is no complaint, into a complaint of this journey.
        if (error instanceof ReportNotInJourneyError || error instanceof NotAFormalComplaintError) {
          throw ApplicationFailure.nonRetryable(error.message, error.name);
        }
        throw error;
      }
    },
  };
}
