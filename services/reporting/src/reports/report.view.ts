import { Keyring } from '@harbour/persistence';
import { mayReadImmigrationData, Principal } from '@harbour/security';
import { decryptPersonalFields, PersonalFields } from './personal-fields';
import { ReportRecord } from './report.schema';
import { acknowledgementAsHeld } from '../acknowledgements/issue-acknowledgement';

export interface ReportView {
  reportId: string;
  journeyId: string;
  channel: string;
  country: string;
  crimeCountry?: string;
  crimeAbroad: boolean;
  crimeType: string;
  language: string;
  formalComplaint: boolean;
  receivedAt: string;
  victimConsentRecordedAt?: string;
  fromAnonymousReportId?: string;
  personal: PersonalFields;
  transmission?: { transmissionId: string; toCountry: string; transmittedAt: string };
  /** As the victim has it: in their language once translated; `awaitingTranslationInto` while written in a fallback language. */
  acknowledgement?: { language: string; acknowledgedAt: string; documentSha256: string; awaitingTranslationInto?: string };
}

/**
 * A report as a caller may see it. Residency status is decrypted for ResidencyStatusReaders
 * only: for everyone else it is not in the answer at all, not even as a blank.
 */
export async function viewReport(report: ReportRecord, principal: Principal, keyring: Keyring): Promise<ReportView> {
  const { residencyStatus, ...others } = report.personal ?? {};
  const readable = mayReadImmigrationData(principal) && residencyStatus ? { ...others, residencyStatus } : others;
  return {
    reportId: report._id,
    journeyId: report.journeyId,
    channel: report.channel,
    country: report.country,
    ...(report.crimeCountry ? { crimeCountry: report.crimeCountry } : {}),
    crimeAbroad: report.crimeAbroad,
    crimeType: report.crimeType,
    language: report.language,
    formalComplaint: report.formalComplaint,
    receivedAt: report.receivedAt.toISOString(),
    ...(report.victimConsentRecordedAt ? { victimConsentRecordedAt: report.victimConsentRecordedAt.toISOString() } : {}),
    ...(report.fromAnonymousReportId ? { fromAnonymousReportId: report.fromAnonymousReportId } : {}),
    personal: await decryptPersonalFields(keyring, report.journeyId, readable),
    ...(report.transmission
      ? {
          transmission: {
            transmissionId: report.transmission.transmissionId,
            toCountry: report.transmission.toCountry,
            transmittedAt: report.transmission.transmittedAt.toISOString(),
          },
        }
      : {}),
    ...(report.acknowledgement
      ? {
          acknowledgement: acknowledgementAsHeld(report.acknowledgement),
        }
      : {}),
  };
}
