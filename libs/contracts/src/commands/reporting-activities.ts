/** The journey asks reporting for the written acknowledgement of a formal complaint (VRD Art 5). */
export interface IssueComplaintAcknowledgementCommand {
  journeyId: string;
  reportId: string;
}

export interface ComplaintAcknowledgementResult {
  reportId: string;
  /** Language the acknowledgement is written in (ISO 639-1). */
  language: string;
  acknowledgedAt: string;
  /** SHA-256 (hex) of the PDF kept as evidence. */
  documentSha256: string;
  /**
   * Set while the acknowledgement is written in a fallback language: the victim's language it is
   * being translated into (VRD Art 5(3)). ComplaintAcknowledged is published only once it is done.
   */
  awaitingTranslationInto?: string;
}

/** Activities the reporting service serves on the `reporting` task queue. */
export interface ReportingActivities {
  /** Idempotent: a retried or repeated call returns the acknowledgement issued first. */
  issueComplaintAcknowledgement(command: IssueComplaintAcknowledgementCommand): Promise<ComplaintAcknowledgementResult>;
}
