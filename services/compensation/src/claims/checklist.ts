import { CompensationScheme, SupportingDocumentKind } from '@harbour/contracts';
import { SupportingDocumentChecklists } from './compensation-schemes';

export interface ReceivedDocument {
  kind: SupportingDocumentKind;
  /** Where the document is kept (e.g. a document-management reference), encrypted: never its content. */
  encryptedReference: string;
  receivedAt: Date;
  recordedBy: string;
}

export interface ChecklistItem {
  kind: SupportingDocumentKind;
  required: boolean;
  received: boolean;
  /** When the first document of this kind arrived. */
  receivedAt?: Date;
}

/** The scheme's checklist as it stands, a fold over the documents received so far. */
export function checklistState(scheme: CompensationScheme, documents: readonly Pick<ReceivedDocument, 'kind' | 'receivedAt'>[]): ChecklistItem[] {
  return SupportingDocumentChecklists[scheme].map(({ kind, required }) => {
    const first = documents.find((document) => document.kind === kind);
    return { kind, required, received: first !== undefined, ...(first ? { receivedAt: first.receivedAt } : {}) };
  });
}

export function missingRequiredDocuments(scheme: CompensationScheme, documents: readonly Pick<ReceivedDocument, 'kind' | 'receivedAt'>[]): SupportingDocumentKind[] {
  return checklistState(scheme, documents)
    .filter((item) => item.required && !item.received)
    .map((item) => item.kind);
}

export function isOnChecklist(scheme: CompensationScheme, kind: SupportingDocumentKind): boolean {
  return SupportingDocumentChecklists[scheme].some((entry) => entry.kind === kind);
}
