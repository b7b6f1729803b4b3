import { waitFor } from './wait-for';

describe(waitFor.name, () => {
  it('returns the first value that is not false, null or undefined', async () => {
    let calls = 0;
    const value = await waitFor(() => (++calls < 3 ? undefined : { calls }), { description: 'a third call', intervalMs: 1 });
    expect(value).toEqual({ calls: 3 });
  });

  it('treats a check that throws as not yet ready', async () => {
    let calls = 0;
    const value = await waitFor(
      async () => {
        if (++calls < 2) throw new Error('not there yet');
        return 'there';
      },
      { description: 'the second call', intervalMs: 1 },
    );
    expect(value).toBe('there');
  });

  it('gives up after the timeout, naming what it waited for and the last value', async () => {
    await expect(waitFor(() => false, { description: 'the impossible', timeoutMs: 30, intervalMs: 5 })).rejects.toThrow(
      /waiting for the impossible \(last value: false\)/,
    );
  });

  it('reports the last error when every check failed', async () => {
    const failing = () => {
      throw new Error('connection refused');
    };
    await expect(waitFor(failing, { description: 'a server', timeoutMs: 30, intervalMs: 5 })).rejects.toThrow(
      /last error: connection refused/,
    );
  });

  it('stays bounded when a check never settles', async () => {
    const hanging = () => new Promise<never>(() => undefined);
    await expect(waitFor(hanging, { description: 'a hung check', timeoutMs: 30 })).rejects.toThrow(/still running/);
  });
});
