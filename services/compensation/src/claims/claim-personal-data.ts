import { Injectable } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SupportingDocumentKind, SupportingDocumentKinds } from '@harbour/contracts';
import { Keyring } from '@harbour/persistence';
import { AuditLog } from '@harbour/security';
import { ClaimRepository } from './claim.repository';

export class DocumentReferenceView {
  @ApiProperty({ enum: SupportingDocumentKinds })
  kind: SupportingDocumentKind;

  @ApiProperty()
  reference: string;

  @ApiProperty({ format: 'date-time' })
  receivedAt: string;
}

/** What of a claim is personal, decrypted for the compensation officer who passes it on. */
export class ClaimPersonalDataView {
  @ApiProperty({ format: 'uuid' })
  claimId: string;

  @ApiProperty({ type: [DocumentReferenceView] })
  documents: DocumentReferenceView[];

  @ApiPropertyOptional({ description: 'Cross-border claims: the standard form as received', type: Object })
  standardForm?: Record<string, unknown>;

  @ApiPropertyOptional({ description: "Cross-border claims: the deciding authority's contact" })
  contactPersonReference?: string;
}

/** Decrypts a claim's personal data for an officer, and records the access in the audit log first. */
@Injectable()
export class ReadClaimPersonalData {
  constructor(
    private readonly claims: ClaimRepository,
    private readonly keyring: Keyring,
    private readonly auditLog: AuditLog,
  ) {}

  async execute(claimId: string, actor: string): Promise<ClaimPersonalDataView> {
    const claim = await this.claims.get(claimId);
    await this.auditLog.record({ actor, action: 'read-claim-personal-data', resource: `claim/${claim._id}`, journeyId: claim.journeyId });
    const open = (ciphertext: string) => this.keyring.decrypt(claim.journeyId, ciphertext);
    const { crossBorder } = claim;
    return {
      claimId: claim._id,
      documents: await Promise.all(
        claim.documents.map(async (document) => ({ kind: document.kind, reference: await open(document.encryptedReference), receivedAt: document.receivedAt.toISOString() })),
      ),
      ...(crossBorder ? { standardForm: JSON.parse(await open(crossBorder.encryptedStandardForm)) } : {}),
      ...(crossBorder?.encryptedContactPerson ? { contactPersonReference: await open(crossBorder.encryptedContactPerson) } : {}),
    };
  }
}
