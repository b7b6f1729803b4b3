import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { journeyWorkflowBundle } from '@harbour/temporal';

const root = path.resolve(__dirname, '../../..');

describe('journey workflow bundle', () => {
  it('builds from the sources with the @harbour aliases and exports every journey workflow', async () => {
    const { code } = await journeyWorkflowBundle();
    expect(code).toContain('VictimJourney');
    expect(code).toContain('ReferralHandoff');
  });

  it('holds no validator, I/O library or holiday library: workflow code reads pure data only', async () => {
    const { code } = await journeyWorkflowBundle();
    for (const forbidden of ['node_modules/class-validator', 'node_modules/kafkajs', 'node_modules/mongoose', 'node_modules/date-holidays']) {
      expect(code).not.toContain(forbidden);
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
