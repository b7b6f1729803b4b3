import path from 'node:path';
import { harbourWebpackAliases, journeyWorkflowsPath, temporalSettings } from '../src';

const root = path.resolve(__dirname, '../../..');

describe(temporalSettings.name, () => {
  it('reaches the local dev server and the local key file by default', () => {
    expect(temporalSettings({})).toEqual({
      address: '127.0.0.1:7233',
      namespace: 'harbour',
      payloadKey: undefined,
      payloadKeyFile: path.join(root, '.harbour', 'keys', 'payload.key'),
    });
  });

  it('follows the environment', () => {
    expect(
      temporalSettings({ TEMPORAL_ADDRESS: 'temporal:7233', TEMPORAL_NAMESPACE: 'ops', HARBOUR_PAYLOAD_KEY: 'a2V5', HARBOUR_PAYLOAD_KEY_FILE: '/keys/p' }),
    ).toEqual({ address: 'temporal:7233', namespace: 'ops', payloadKey: 'a2V5', payloadKeyFile: '/keys/p' });
  });
});

describe(harbourWebpackAliases.name, () => {
  it('maps the @harbour aliases of tsconfig.base.json to source folders of this repository', () => {
    const aliases = harbourWebpackAliases();
    expect(aliases['@harbour/contracts']).toBe(path.join(root, 'libs', 'contracts', 'src'));
    expect(aliases['@harbour/rules']).toBe(path.join(root, 'workflows', 'rules', 'src'));
    expect(journeyWorkflowsPath()).toBe(path.join(root, 'workflows', 'journeys', 'src', 'workflows.ts'));
  });
});
