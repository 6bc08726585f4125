#!/usr/bin/env node
// `npm run bench`: speed of `powers validate` (and publish, diff when available) on generated
// registries, next to baselines measured in the same run on the same files:
//   read     — reading every file (the floor);
//   parse    — js-yaml core-schema parse of every file (SPEC §9's baseline: validate stays ≤ 1.6×);
//   ajv-cli  — ajv-cli schema checks of the power files alone (no cross-file rules).
// Figures are wall-clock medians of --runs runs (default 3), reported as seconds and as ratios
// to `parse`. Peak memory is the max RSS of the validate process.
//   node bench/run.mjs [--sizes 1000,20000] [--full (adds 100000)] [--runs N] [--no-ajv-cli] [--no-diff]
//                      [--no-records] [--records-only]   (records: bench/records.mjs)
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generate } from './generate.mjs';
import { benchRecords } from './records.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const WORK = path.join(ROOT, '.bench');
const argv = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : fallback;
};
let sizes = opt('--sizes', '1000,20000').split(',').map(Number);
if (argv.includes('--full')) sizes = [...new Set([...sizes, 100000])];
const runs = Number(opt('--runs', '3'));
const withAjvCli = !argv.includes('--no-ajv-cli');
mkdirSync(WORK, { recursive: true });

function time(cmd, args, env = {}) {
  const samples = [];
  let rssKb = 0;
  let last;
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    last = spawnSync('/usr/bin/time', ['-f', '%M', cmd, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 1 << 30 });
    samples.push(Number(process.hrtime.bigint() - t) / 1e9);
    const m = /(\d+)\s*$/.exec(last.stderr ?? '');
    if (m) rssKb = Math.max(rssKb, Number(m[1]));
  }
  samples.sort((a, b) => a - b);
  return { seconds: samples[Math.floor(samples.length / 2)], rssMb: rssKb / 1024, status: last.status, stdout: last.stdout, stderr: last.stderr };
}

const READ = `import{readFileSync,readdirSync}from'node:fs';import p from'node:path';const w=(d)=>{for(const e of readdirSync(d,{withFileTypes:true})){const f=p.join(d,e.name);if(e.isDirectory())w(f);else if(f.endsWith('.yaml'))readFileSync(f,'utf8')}};w(process.argv[1]);`;
const PARSE = `import{readFileSync,readdirSync}from'node:fs';import p from'node:path';import y from'js-yaml';const w=(d)=>{for(const e of readdirSync(d,{withFileTypes:true})){const f=p.join(d,e.name);if(e.isDirectory())w(f);else if(f.endsWith('.yaml'))y.load(readFileSync(f,'utf8'),{schema:y.CORE_SCHEMA})}};w(process.argv[1]);`;

// ajv-cli parses YAML with js-yaml 3's default schema, which turns dates into Date objects:
// give it a copy of the power schema whose date fields accept them, so it checks the rest.
const schema = JSON.parse(readFileSync(path.join(ROOT, 'schema/power.schema.json'), 'utf8'));
schema.$defs.date = { title: schema.$defs.date.title, description: schema.$defs.date.description };
writeFileSync(path.join(WORK, 'power.ajv-cli.schema.json'), JSON.stringify(schema));

const bin = path.join(ROOT, 'bin/powers.js');

/** A git copy of the registry with one commit changing 10 power files: time `powers diff HEAD~1 HEAD`. */
function benchDiff(dir, n) {
  const repo = path.join(WORK, `git-${n}`);
  const git = (...a) => {
    const r = spawnSync('git', a, { cwd: repo, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 'bench', GIT_AUTHOR_EMAIL: 'b@x', GIT_COMMITTER_NAME: 'bench', GIT_COMMITTER_EMAIL: 'b@x' } });
    if (r.status !== 0) throw new Error(`git ${a.join(' ')}: ${r.stderr}`);
    return r.stdout;
  };
  if (!existsSync(path.join(repo, '.complete'))) {
    rmSync(repo, { recursive: true, force: true });
    cpSync(dir, repo, { recursive: true });
    git('init', '-q');
    git('add', '-A');
    git('commit', '-qm', 'initial');
    const files = git('ls-files', 'departments').split('\n').filter((f) => f.endsWith('.yaml') && f.includes('/powers/')).slice(0, 10);
    for (const f of files) {
      const file = path.join(repo, f);
      writeFileSync(file, readFileSync(file, 'utf8').replace(/promised_days: (\d+)/, (_, d) => `promised_days: ${Number(d) + 1}`).replace(/statutory_days: (\d+)/, (_, d) => `statutory_days: ${Number(d) + 1}`));
    }
    git('commit', '-qam', 'ten changes');
    writeFileSync(path.join(repo, '.complete'), '');
  }
  const r = time(process.execPath, [bin, 'diff', 'HEAD~1', 'HEAD', '--registry', repo, '--format', 'json']);
  if (r.status !== 0 || JSON.parse(r.stdout).changed.length !== 10) throw new Error(`diff did not report the 10 changes: ${r.stderr}`);
  return r.seconds;
}
const rows = [];
if (argv.includes('--records-only')) sizes = [];
for (const n of sizes) {
  const dir = path.join(WORK, `reg-${n}`);
  if (!existsSync(path.join(dir, '.complete'))) {
    generate(dir, n, 1);
    writeFileSync(path.join(dir, '.complete'), '');
  }
  const read = time(process.execPath, ['--input-type=module', '-e', READ, dir]);
  const parse = time(process.execPath, ['--input-type=module', '-e', PARSE, dir], { NODE_PATH: path.join(ROOT, 'node_modules') });
  const validate = time(process.execPath, [bin, 'validate', '--registry', dir, '--today', '2026-11-21', '--format', 'json']);
  const summary = JSON.parse(validate.stdout).summary;
  if (validate.status !== 0 || summary.errors !== 0) throw new Error(`validate found errors on the generated registry: ${JSON.stringify(summary)}`);
  const single = time(process.execPath, [bin, 'validate', '--registry', dir, '--today', '2026-11-21', '--format', 'json'], { POWERS_WORKERS: '0' });
  const row = { powers: n, read: read.seconds, parse: parse.seconds, validate: validate.seconds, validateRssMb: validate.rssMb, validateSingleThread: single.seconds };
  if (withAjvCli && n <= 20000) {
    const ajv = time(process.execPath, [path.join(ROOT, 'node_modules/ajv-cli/dist/index.js'), 'validate', '--spec=draft2020', '-c', 'ajv-formats', '--strict=false', '--errors=no',
      '-s', path.join(WORK, 'power.ajv-cli.schema.json'), '-d', `${dir}/departments/*/powers/*.yaml`]);
    row.ajvCli = ajv.seconds;
  }
  if (n <= 20000 && existsSync(path.join(ROOT, 'dist/publish'))) {
    const out = path.join(WORK, `site-${n}`);
    const pub = time(process.execPath, [bin, 'publish', '--registry', dir, '--out', out, '--internal-out', `${out}-internal`, '--today', '2026-11-21']);
    if (pub.status === 0) row.publish = pub.seconds;
  }
  if (n <= 20000 && !argv.includes('--no-diff')) row.diff = benchDiff(dir, n);
  rows.push(row);
  const r = (x) => (x === undefined ? '   —  ' : `${x.toFixed(2)} s`);
  const ratio = (x) => (x === undefined ? '' : ` (${(x / row.parse).toFixed(2)}×)`);
  process.stdout.write(`\n${n} powers\n` +
    `  read only            ${r(row.read)}${ratio(row.read)}\n` +
    `  parse-only baseline  ${r(row.parse)} (1.00×)\n` +
    `  ajv-cli (schema)     ${r(row.ajvCli)}${ratio(row.ajvCli)}\n` +
    `  powers validate      ${r(row.validate)}${ratio(row.validate)}  peak ${row.validateRssMb.toFixed(0)} MiB\n` +
    `    single-threaded    ${r(row.validateSingleThread)}${ratio(row.validateSingleThread)}\n` +
    (row.publish !== undefined ? `  powers publish       ${r(row.publish)}${ratio(row.publish)}\n` : '') +
    (row.diff !== undefined ? `  powers diff (10 files changed) ${r(row.diff)}${ratio(row.diff)}\n` : ''));
}
writeFileSync(path.join(WORK, 'results.json'), `${JSON.stringify(rows, null, 2)}\n`);
if (!argv.includes('--no-records')) writeFileSync(path.join(WORK, 'records-results.json'), `${JSON.stringify(benchRecords({ WORK, bin, runs }), null, 2)}\n`);
process.stdout.write(`\nresults: ${path.relative(ROOT, path.join(WORK, 'results.json'))}\n`);
