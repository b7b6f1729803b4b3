import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { journeyWorkflowBundle } from '@harbour/temporal';

const root = path.resolve(__dirname, '../../..');

const bundledCode = async () => readFileSync((await journeyWorkflowBundle()).codePath, 'utf8');

/** journeyWorkflowBundle as a test file that has not looked it up yet sees it. */
async function freshLookup(): Promise<{ codePath: string }> {
  let isolated!: typeof import('@harbour/temporal');
  await jest.isolateModulesAsync(async () => {
    isolated = await import('@harbour/temporal');
  });
  return isolated.journeyWorkflowBundle();
}

describe('journey workflow bundle', () => {
  it('builds from the sources with the @harbour aliases and exports every journey workflow', async () => {
    const code = await bundledCode();
    expect(code).toContain('VictimJourney');
    expect(code).toContain('ReferralHandoff');
  });

  it('holds no validator, I/O library or holiday library: workflow code reads pure data only', async () => {
    const code = await bundledCode();
    for (const forbidden of ['node_modules/class-validator', 'node_modules/kafkajs', 'node_modules/mongoose', 'node_modules/date-holidays']) {
      expect(code).not.toContain(forbidden);
    }
  });

  it('is one file shared by every test file while the workflow sources stay the same', async () => {
    const { codePath } = await journeyWorkflowBundle();
    const writtenAt = statSync(codePath).mtimeMs;
    expect(codePath).toContain(path.join(root, '.harbour', 'workflow-bundles', 'journeys-'));
    expect((await freshLookup()).codePath).toBe(codePath);
    expect(statSync(codePath).mtimeMs).toBe(writtenAt);
  });

  it('is the file HARBOUR_WORKFLOW_BUNDLE names, and a missing one says how to build it', async () => {
    const { codePath } = await journeyWorkflowBundle();
    const named = process.env.HARBOUR_WORKFLOW_BUNDLE;
    try {
      process.env.HARBOUR_WORKFLOW_BUNDLE = codePath;
      await expect(freshLookup()).resolves.toEqual({ codePath });
      process.env.HARBOUR_WORKFLOW_BUNDLE = path.join(root, '.harbour', 'no-such-bundle.js');
      await expect(freshLookup()).rejects.toThrow(/no workflow bundle at .*no-such-bundle\.js: npm run build writes it/);
    } finally {
      if (named === undefined) delete process.env.HARBOUR_WORKFLOW_BUNDLE;
      else process.env.HARBOUR_WORKFLOW_BUNDLE = named;
    }
  });

  it('comes from workflow files that import nothing forbidden (lint)', () => {
    const eslint = path.join(root, 'node_modules', 'eslint', 'bin', 'eslint.js');
    const lint = () =>
      execFileSync(process.execPath, [eslint, '--max-warnings=0', '--rule', '@nx/enforce-module-boundaries: off', 'workflows/journeys/src', 'workflows/rules/src'], {
        cwd: root,
        stdio: 'pipe',
      });
    expect(lint).not.toThrow();
  });
});
