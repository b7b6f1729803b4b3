import { DataConverter } from '@temporalio/common';
import { EncryptionCodec } from './encryption-codec';
import { loadPayloadKey } from './payload-key';
import { TemporalSettings } from './temporal-settings';

/** Path of the failure converter module, as compiled alongside this file (ts under jest, js in dist). */
export const failureConverterPath = require.resolve('./failure-converter');

/**
 * The data converter every Harbour client and worker uses: encrypted payloads and failures.
 * A workflow worker marks what it refuses (see EncryptionCodecOptions) instead of throwing.
 */
export function harbourDataConverter(settings: TemporalSettings, options: { workflows?: boolean } = {}): DataConverter {
  const codec = new EncryptionCodec(loadPayloadKey(settings), { onRefused: options.workflows ? 'mark' : 'throw' });
  return { payloadCodecs: [codec], failureConverterPath };
}
