import { BadRequestException, Injectable } from '@nestjs/common';
import { AuditLog, Principal } from '@harbour/security';
import { EncryptionCodec, loadPayloadKey, PayloadDecryptionError, temporalSettings } from '@harbour/temporal';
import { PayloadDto } from './payloads.dto';

const fromBase64 = (text: string | undefined) => new Uint8Array(Buffer.from(text ?? '', 'base64'));
const toBase64 = (bytes: Uint8Array | null | undefined) => Buffer.from(bytes ?? []).toString('base64');

/**
 * Decodes the journey's encrypted Temporal payloads for an analyst reading them in the Temporal
 * UI or CLI (the codec server protocol). Decode only: nothing is encrypted on an operator's
 * behalf. Every call is audited with its namespace and count, never the content.
 */
@Injectable()
export class PayloadDecoder {
  // The UI also sends clear payloads (headers, markers): those are given back as they are.
  private readonly codec = new EncryptionCodec(loadPayloadKey(temporalSettings()), { clearPayloads: 'pass' });

  constructor(private readonly audit: AuditLog) {}

  async decode(principal: Principal, namespace: string, payloads: PayloadDto[]): Promise<{ payloads: PayloadDto[] }> {
    const encoded = payloads.map((payload) => ({
      metadata: Object.fromEntries(Object.entries(payload.metadata ?? {}).map(([key, value]) => [key, fromBase64(String(value))])),
      data: fromBase64(payload.data),
    }));
    let decoded;
    try {
      decoded = await this.codec.decode(encoded);
    } catch (error) {
      if (error instanceof PayloadDecryptionError) throw new BadRequestException(error.message);
      throw error;
    }
    await this.audit.record({ actor: principal.subject, action: `temporal-payloads.decoded:${payloads.length}`, resource: `temporal-namespace/${namespace}` });
    return {
      payloads: decoded.map((payload) => ({
        metadata: Object.fromEntries(Object.entries(payload.metadata ?? {}).map(([key, value]) => [key, toBase64(value)])),
        data: toBase64(payload.data),
      })),
    };
  }
}
