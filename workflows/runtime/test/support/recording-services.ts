import {
  ExpireOrderCommand,
  IssueComplaintAcknowledgementCommand,
  JusticeActivities,
  NotifyProsecutionOfNonPunishmentCommand,
  ProtectionActivities,
  RemindOrderRenewalCommand,
  ReportingActivities,
} from '@harbour/contracts';

/**
 * Stands in for the reporting, justice and protection workers: records each action the journey
 * asks for. The services' own activities are tested against their databases in each service.
 */
export class RecordingServices {
  readonly acknowledgements: IssueComplaintAcknowledgementCommand[] = [];
  readonly prosecutionNotices: NotifyProsecutionOfNonPunishmentCommand[] = [];
  readonly renewalReminders: RemindOrderRenewalCommand[] = [];
  readonly expiries: ExpireOrderCommand[] = [];

  reporting(): ReportingActivities {
    return {
      issueComplaintAcknowledgement: async (command) => {
        this.acknowledgements.push(command);
        return { reportId: command.reportId, language: 'ro', acknowledgedAt: new Date().toISOString(), documentSha256: '0'.repeat(64) };
      },
    };
  }

  justice(): JusticeActivities {
    return {
      notifyProsecutionOfNonPunishment: async (command) => {
        this.prosecutionNotices.push(command);
        return { flagId: command.flagId, notifiedAt: new Date().toISOString() };
      },
    };
  }

  protection(): ProtectionActivities {
    return {
      remindOrderRenewal: async (command) => void this.renewalReminders.push(command),
      expireOrder: async (command) => void this.expiries.push(command),
    };
  }
}
