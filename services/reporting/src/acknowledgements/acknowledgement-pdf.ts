import PDFDocument from 'pdfkit';
import { LanguageTexts } from '../victim-texts/victim-texts';

export interface AcknowledgedComplaint {
  reportId: string;
  receivedAt: Date;
  country: string;
  crimeCountry?: string;
  crimeType: keyof LanguageTexts['crimeTypes'];
}

/**
 * The written acknowledgement of a formal complaint (VRD Art 5(1)) in the victim's language:
 * the complaint's essentials and the victim's basic rights. Uncompressed, so the evidence can
 * be searched as text; the creation date is the acknowledgement's own, so the same input
 * gives the same document.
 */
export function renderAcknowledgementPdf(complaint: AcknowledgedComplaint, texts: LanguageTexts & { language: string }, acknowledgedAt: Date): Promise<Buffer> {
  const t = texts.acknowledgement;
  const date = (value: Date) => new Intl.DateTimeFormat(texts.language, { dateStyle: 'long', timeZone: 'UTC' }).format(value);
  const document = new PDFDocument({
    compress: false,
    lang: texts.language,
    info: { Title: t.title, Producer: 'Harbour', Creator: 'Harbour reporting', CreationDate: acknowledgedAt },
  });
  const chunks: Buffer[] = [];
  document.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    document.on('end', () => resolve(Buffer.concat(chunks)));
    document.on('error', reject);
  });

  document.font('Helvetica-Bold').fontSize(18).text(t.title).moveDown();
  document.font('Helvetica').fontSize(11).text(t.intro).moveDown();
  const rows: [string, string][] = [
    [t.reference, complaint.reportId],
    [t.receivedOn, date(complaint.receivedAt)],
    [t.country, complaint.country],
    ...(complaint.crimeCountry ? ([[t.crimeCountry, complaint.crimeCountry]] as [string, string][]) : []),
    [t.crimeType, texts.crimeTypes[complaint.crimeType]],
  ];
  for (const [label, value] of rows) document.font('Helvetica-Bold').text(`${label}: `, { continued: true }).font('Helvetica').text(value);
  document.moveDown().text(t.rights).moveDown();
  document.text(`${t.issuedOn}: ${date(acknowledgedAt)}`);
  document.end();
  return done;
}
