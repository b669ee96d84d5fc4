#!/usr/bin/env node
// `npm audit --audit-level=high` for test-all.sh, told apart from "could not ask": exits 0 when no
// high or critical advisory is known, 1 when there is one, 2 when the registry's audit endpoint
// cannot be reached (offline, or a mirror without it), which the test run counts as skipped.
import { spawnSync } from 'node:child_process';

const run = spawnSync('npm', ['audit', '--json', '--audit-level=high'], {
  encoding: 'utf8',
  env: { ...process.env, npm_config_loglevel: 'error' },
  maxBuffer: 64 * 1024 * 1024,
});
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  report = null;
}
const counts = report?.metadata?.vulnerabilities;
if (!counts) {
  const reason =
    report?.message ??
    report?.error?.summary ??
    (run.stderr.trim().split('\n').pop() || 'no answer');
  console.log(`npm audit could not reach the registry's audit endpoint (${reason}); not checked.`);
  process.exit(2);
}
const serious = (counts.high ?? 0) + (counts.critical ?? 0);
console.log(
  `npm audit: ${counts.critical ?? 0} critical, ${counts.high ?? 0} high, ${counts.moderate ?? 0} moderate, ${counts.low ?? 0} low advisories`,
);
if (serious > 0) {
  for (const [name, v] of Object.entries(report.vulnerabilities ?? {})) {
    if (v.severity === 'high' || v.severity === 'critical')
      console.log(`  ${v.severity}: ${name} ${v.range ?? ''}`);
  }
  process.exit(1);
}
