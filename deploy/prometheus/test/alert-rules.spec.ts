import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const repo = path.join(__dirname, '..', '..', '..');
const rules = readFileSync(path.join(repo, 'deploy', 'prometheus', 'harbour-alerts.yml'), 'utf8');

/** Every `harbour_…` metric a process registers with prom-client, from the code. */
function servedMetrics(): Set<string> {
  const found = execFileSync('git', ['grep', '-h', '-o', "-E", "name: 'harbour_[a-z_]+'", '--', 'libs', 'services', 'workflows'], { cwd: repo, encoding: 'utf8' });
  const names = found.split('\n').flatMap((line) => /'(harbour_[a-z_]+)'/.exec(line)?.[1] ?? []);
  // A histogram serves _count, _sum and _bucket series; default process metrics carry the prefix too.
  return new Set(names.flatMap((name) => [name, `${name}_count`, `${name}_sum`, `${name}_bucket`]));
}

describe('the Prometheus alerting rules', () => {
  const expressions = [...rules.matchAll(/^\s+expr: (.+)$/gm)].map((match) => match[1]);

  it('alert on missed and breached rights, stuck hand-offs, parked and refused records, server errors and processes down', () => {
    const alerts = [...rules.matchAll(/^\s+- alert: (\S+)$/gm)].map((match) => match[1]);
    expect(alerts).toEqual(['HarbourObligationMissed', 'HarbourObligationBreached', 'HarbourHandoffsStuck', 'HarbourDeadLettersParked', 'HarbourRecordsDeadLettered', 'HarbourServerErrors', 'HarbourProcessDown']);
    expect(expressions).toHaveLength(alerts.length);
  });

  it('name only series that a Harbour process serves', () => {
    const served = servedMetrics();
    const used = expressions.flatMap((expression) => expression.match(/harbour_[a-z_]+/g) ?? []);
    expect(used.length).toBeGreaterThan(0);
    expect(used.filter((name) => !served.has(name))).toEqual([]);
  });
});
