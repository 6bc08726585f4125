#!/usr/bin/env node
// `npm run bench`: speed of `powers validate` (and publish, diff when available) on generated
// registries, next to baselines measured in the same run on the same files:
//   read     — reading every file (the floor);
//   parse    — js-yaml core-schema parse of every file (SPEC §9's baseline: validate stays ≤ 1.6×);
//   ajv-cli  — ajv-cli schema checks of the power files alone (no cross-file rules).
// Figures are wall-clock medians of --runs runs (default 3), reported as seconds and as ratios
// to `parse` of the same files. Peak memory is the max RSS of each process.
// Registries come from ../shared/tools/gen-registry.mjs (format 2; env BENCH_GEN names another
// copy; bench/generate.mjs when there is none): a clean one, and one with --inject-errors n/2
// planted errors (tens of thousands of findings at 100,000: issue 12's "with findings" case).
// Publish is timed full (empty output) and incremental (the same output again after a commit
// changing 10 power files: unchanged pages are reused). Work files go to .bench/ (env BENCH_DIR).
//   node bench/run.mjs [--sizes 1000,20000,100000] [--runs N] [--runs-large N] [--no-ajv-cli] [--no-diff] [--no-publish]
//                      [--no-records] [--records-only]   (records: bench/records.mjs)
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generate } from './generate.mjs';
import { benchRecords } from './records.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const WORK = process.env.BENCH_DIR ? path.resolve(process.env.BENCH_DIR) : path.join(ROOT, '.bench');
const GEN = process.env.BENCH_GEN ? path.resolve(process.env.BENCH_GEN) : path.resolve(ROOT, '..', 'shared', 'tools', 'gen-registry.mjs');
const argv = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : fallback;
};
let sizes = opt('--sizes', '1000,20000,100000').split(',').map(Number);
const runsSmall = Number(opt('--runs', '3'));
// 100,000 powers: one run each by default (minutes per step on a loaded 2-core machine).
const runsLarge = Number(opt('--runs-large', '1'));
let runs = runsSmall;
const withAjvCli = !argv.includes('--no-ajv-cli');
mkdirSync(WORK, { recursive: true });

function time(cmd, args, env = {}, times = runs) {
  const samples = [];
  let rssKb = 0;
  let last;
  for (let i = 0; i < times; i++) {
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

// The floor of a registry with planted errors: files js-yaml rejects count their failed parse.
const PARSE_LENIENT = PARSE.replace("y.load(readFileSync(f,'utf8'),{schema:y.CORE_SCHEMA})", "{try{y.load(readFileSync(f,'utf8'),{schema:y.CORE_SCHEMA})}catch{}}");

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
    const r = spawnSync('git', a, { cwd: repo, encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, GIT_AUTHOR_NAME: 'bench', GIT_AUTHOR_EMAIL: 'b@x', GIT_COMMITTER_NAME: 'bench', GIT_COMMITTER_EMAIL: 'b@x' } });
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
/** A registry of `n` powers (with `errors` planted errors), generated once and kept. */
function registry(n, errors = 0) {
  const dir = path.join(WORK, errors ? `reg-${n}-errors` : `reg-${n}`);
  if (!existsSync(path.join(dir, '.complete'))) {
    rmSync(dir, { recursive: true, force: true });
    if (existsSync(GEN)) {
      const args = [GEN, '--out', dir, '--powers', String(n), '--seed', '1', ...(errors ? ['--inject-errors', String(errors)] : [])];
      const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`gen-registry failed: ${r.stderr}`);
    } else {
      if (errors) return undefined;
      generate(dir, n, 1);
    }
    writeFileSync(path.join(dir, '.complete'), '');
  }
  return dir;
}

/** The largest HTML page and the largest search chunk of a published site (KiB). */
function largestPages(site) {
  let page = 0;
  let chunk = 0;
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const f = path.join(d, e.name);
      if (e.isDirectory()) walk(f);
      else if (f.endsWith('.html')) page = Math.max(page, statSync(f).size);
      else if (f.includes(`${path.sep}search${path.sep}`)) chunk = Math.max(chunk, statSync(f).size);
    }
  };
  walk(site);
  return { largestPageKiB: page / 1024, largestSearchChunkKiB: chunk / 1024 };
}

/** Changes 10 power files of `dir` (promised and statutory days + 1), as a 10-file commit would. */
function touchTen(dir) {
  const files = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (files.length >= 10) return;
      const f = path.join(d, e.name);
      if (e.isDirectory()) walk(f);
      else if (f.endsWith('.yaml') && f.includes(`${path.sep}powers${path.sep}`)) files.push(f);
    }
  };
  walk(path.join(dir, 'departments'));
  for (const file of files) {
    writeFileSync(file, readFileSync(file, 'utf8').replace(/promised_days: (\d+)/, (_, d) => `promised_days: ${Number(d) + 1}`).replace(/statutory_days: (\d+)/, (_, d) => `statutory_days: ${Number(d) + 1}`));
  }
}

if (argv.includes('--records-only')) sizes = [];
const validateArgs = (dir) => [bin, 'validate', '--registry', dir, '--today', '2026-11-21', '--format', 'json'];
const rows = [];
for (const n of sizes) {
  runs = n > 20000 ? runsLarge : runsSmall;
  const dir = registry(n);
  const errDir = registry(n, Math.floor(n / 2));
  const read = time(process.execPath, ['--input-type=module', '-e', READ, dir]);
  const parse = time(process.execPath, ['--input-type=module', '-e', PARSE, dir], { NODE_PATH: path.join(ROOT, 'node_modules') });
  const validate = time(process.execPath, validateArgs(dir));
  const summary = JSON.parse(validate.stdout).summary;
  if (validate.status > 1 || summary.errors !== 0) throw new Error(`validate found errors on the generated registry: ${JSON.stringify(summary)}`);
  const row = { powers: n, read: read.seconds, parse: parse.seconds, validate: validate.seconds, validateRssMb: validate.rssMb, warnings: summary.warnings };
  if (errDir) {
    const parseErr = time(process.execPath, ['--input-type=module', '-e', PARSE_LENIENT, errDir], { NODE_PATH: path.join(ROOT, 'node_modules') });
    const withFindings = time(process.execPath, validateArgs(errDir));
    const s2 = JSON.parse(withFindings.stdout).summary;
    Object.assign(row, { parseErrors: parseErr.seconds, validateFindings: withFindings.seconds, validateFindingsRssMb: withFindings.rssMb, findings: s2.errors + s2.warnings });
  }
  if (withAjvCli && n <= 20000) {
    const ajv = time(process.execPath, [path.join(ROOT, 'node_modules/ajv-cli/dist/index.js'), 'validate', '--spec=draft2020', '-c', 'ajv-formats', '--strict=false', '--errors=no',
      '-s', path.join(WORK, 'power.ajv-cli.schema.json'), '-d', `${dir}/departments/*/powers/*.yaml`]);
    row.ajvCli = ajv.seconds;
  }
  if (!argv.includes('--no-publish') && existsSync(path.join(ROOT, 'dist/publish'))) {
    // A copy to edit, so that the clean registry stays as generated for the next run.
    const copy = path.join(WORK, `pub-${n}`);
    rmSync(copy, { recursive: true, force: true });
    cpSync(dir, copy, { recursive: true });
    const out = path.join(WORK, `site-${n}`);
    const pubArgs = [bin, 'publish', '--registry', copy, '--out', out, '--internal-out', `${out}-internal`, '--today', '2026-11-21'];
    const samples = [];
    let rss = 0;
    for (let i = 0; i < runs; i++) {
      rmSync(out, { recursive: true, force: true });
      rmSync(`${out}-internal`, { recursive: true, force: true });
      const full = time(process.execPath, pubArgs, {}, 1);
      if (full.status !== 0) throw new Error(`publish failed: ${full.stderr}`);
      samples.push(full.seconds);
      rss = Math.max(rss, full.rssMb);
    }
    row.publish = samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)];
    row.publishRssMb = rss;
    Object.assign(row, largestPages(out));
    touchTen(copy);
    const incremental = time(process.execPath, pubArgs, {}, 1);
    if (incremental.status !== 0) throw new Error(`incremental publish failed: ${incremental.stderr}`);
    row.publishIncremental = incremental.seconds;
    rmSync(copy, { recursive: true, force: true });
  }
  if (!argv.includes('--no-diff')) row.diff = benchDiff(dir, n);
  rows.push(row);
  const r = (x) => (x === undefined ? '   —  ' : `${x.toFixed(2)} s`);
  const ratio = (x, base = row.parse) => (x === undefined ? '' : ` (${(x / base).toFixed(2)}×)`);
  process.stdout.write(`\n${n} powers\n` +
    `  read only                    ${r(row.read)}${ratio(row.read)}\n` +
    `  parse floor (js-yaml)        ${r(row.parse)} (1.00×)\n` +
    `  ajv-cli (schema only)        ${r(row.ajvCli)}${ratio(row.ajvCli)}\n` +
    `  validate, clean              ${r(row.validate)}${ratio(row.validate)}  peak ${row.validateRssMb.toFixed(0)} MiB, ${row.warnings} warnings\n` +
    (row.validateFindings !== undefined ? `  validate, ${row.findings} findings  ${r(row.validateFindings)}${ratio(row.validateFindings, row.parseErrors)} of its own floor ${r(row.parseErrors)}  peak ${row.validateFindingsRssMb.toFixed(0)} MiB\n` : '') +
    (row.publish !== undefined ? `  publish, full                ${r(row.publish)}${ratio(row.publish)}  peak ${row.publishRssMb.toFixed(0)} MiB; largest page ${row.largestPageKiB.toFixed(0)} KiB, search chunk ${row.largestSearchChunkKiB.toFixed(0)} KiB\n` : '') +
    (row.publishIncremental !== undefined ? `  publish, after 10 files     ${r(row.publishIncremental)}${ratio(row.publishIncremental)}\n` : '') +
    (row.diff !== undefined ? `  diff of a 10-file commit     ${r(row.diff)}${ratio(row.diff)}\n` : ''));
}
writeFileSync(path.join(WORK, 'results.json'), `${JSON.stringify(rows, null, 2)}\n`);
if (!argv.includes('--no-records')) writeFileSync(path.join(WORK, 'records-results.json'), `${JSON.stringify(benchRecords({ WORK, bin, runs }), null, 2)}\n`);
process.stdout.write(`\nresults: ${path.relative(ROOT, path.join(WORK, 'results.json'))}\n`);
