import { DataConverter } from '@temporalio/common';
import { EncryptionCodec } from './encryption-codec';
import { loadPayloadKey } from './payload-key';
import { TemporalSettings } from './temporal-settings';

/** Path of the failure converter module, as compiled alongside this file (ts under jest, js in dist). */
export const failureConverterPath = require.resolve('./failure-converter');

/** The data converter every Harbour client and worker uses: encrypted payloads and failures. */
export function harbourDataConverter(settings: TemporalSettings): DataConverter {
  return { payloadCodecs: [new EncryptionCodec(loadPayloadKey(settings))], failureConverterPath };
}
