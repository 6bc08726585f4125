#!/usr/bin/env node
// `npm test`: the suite twice — under the machine's time zone, then under America/Los_Angeles
// (west of UTC, where local-time date arithmetic goes wrong) — and one plain closing line
// `N passed, N failed` counted from vitest's JSON reports (CI reads that line, not vitest's own).
// Browser tests run in the first pass only: they do not depend on the time zone.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const vitest = new URL('../node_modules/vitest/vitest.mjs', import.meta.url).pathname;
const passes = [
  { label: `TZ=${process.env.TZ ?? '(machine)'}`, env: {}, args: [] },
  { label: 'TZ=America/Los_Angeles', env: { TZ: 'America/Los_Angeles' }, args: ['--exclude', 'tests/browser/**'] },
];
const extra = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;
let ok = true;
rmSync('.test-summary', { force: true });
passes.forEach((pass, i) => {
  const out = `.vitest-report-${i}.json`;
  rmSync(out, { force: true });
  process.stdout.write(`\n=== vitest (${pass.label}) ===\n`);
  const r = spawnSync(process.execPath, [vitest, 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`, ...pass.args, ...extra], {
    stdio: 'inherit',
    env: { ...process.env, ...pass.env },
  });
  if (!existsSync(out)) {
    process.stdout.write(`vitest wrote no report (exit ${r.status}): counted as a failure\n`);
    failed++;
    ok = false;
    return;
  }
  const report = JSON.parse(readFileSync(out, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;
  // A suite that failed to load has no failed *tests*: count it, so a broken file cannot pass.
  const brokenSuites = report.testResults.filter((s) => s.status === 'failed' && s.assertionResults.every((a) => a.status !== 'failed')).length;
  failed += brokenSuites;
  if (r.status !== 0 || !report.success || report.numTotalTests === 0) ok = false;
});
const line = `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
writeFileSync('.test-summary', `${line}\n`);
process.stdout.write(`\n${line}\n`);
process.exit(ok && failed === 0 ? 0 : 1);
