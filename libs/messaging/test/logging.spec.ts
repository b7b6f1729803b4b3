import { logLevel } from 'kafkajs';
import { kafkaLogCreator, messagingLogger } from '../src';

describe('messaging logs', () => {
  let lines: string[];

  beforeEach(() => {
    lines = [];
    jest.spyOn(console, 'warn').mockImplementation((line: string) => void lines.push(line));
    jest.spyOn(console, 'error').mockImplementation((line: string) => void lines.push(line));
  });

  afterEach(() => jest.restoreAllMocks());

  it('drops record keys, values and headers from kafkajs log entries', () => {
    const log = kafkaLogCreator(logLevel.WARN);

    log({
      namespace: 'Producer',
      level: logLevel.ERROR,
      label: 'ERROR',
      log: {
        timestamp: 'now',
        logger: 'kafkajs',
        message: 'Failed to send messages',
        topic: 'harbour.support.v1',
        error: 'broker unavailable',
        messages: [{ key: 'journey', value: 'a secret value' }],
        value: 'a secret value',
        headers: { ce_id: 'a secret header' },
      },
    });

    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain('secret');
    expect(JSON.parse(lines[0])).toMatchObject({ level: 'ERROR', logger: 'kafkajs.Producer', topic: 'harbour.support.v1', error: 'broker unavailable' });
  });

  it('writes allowed fields of its own lines and error messages only', () => {
    messagingLogger('OutboxRelay').error('outbox drain failed', { error: new Error('timeout'), model: 'Referral', record: { value: 'secret' } });

    expect(JSON.parse(lines[0])).toEqual({ time: expect.any(String), level: 'ERROR', logger: 'OutboxRelay', message: 'outbox drain failed', error: 'timeout', model: 'Referral' });
  });
});
