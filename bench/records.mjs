// `npm run bench`, records section (SPEC §9, §10): `powers validate` over 100,000 and 1,000,000
// operation record rows next to a floor measured in the same run — reading the CSV files and
// splitting their lines — with the peak RSS of each run (memory must stay flat: rows are streamed).
// The registry is small (200 powers) so that the records dominate; its own validate time is
// measured too and subtracted. Ratios use CPU time (user + system), printed with the wall clock.
//   node bench/run.mjs --records-only [--runs N]   (or --no-records to skip this section)
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import yaml from 'js-yaml';
import { generate } from './generate.mjs';

const ROWS_PER_FILE = 100_000;
const FLOOR = `import{readFileSync,readdirSync}from'node:fs';import p from'node:path';let n=0;const w=(d)=>{for(const e of readdirSync(d,{withFileTypes:true})){const f=p.join(d,e.name);if(e.isDirectory())w(f);else if(f.endsWith('.csv'))n+=readFileSync(f,'utf8').split('\\n').length}};w(process.argv[1]);`;

/** Writes `rows` record rows over the registry's public powers, deterministic; about 3 % of them with a finding. */
function writeRecords(dir, rows) {
  const powers = [];
  const depts = path.join(dir, 'departments');
  for (const d of readdirSync(depts)) {
    for (const f of readdirSync(path.join(depts, d, 'powers'))) {
      const p = yaml.load(readFileSync(path.join(depts, d, 'powers', f), 'utf8'), { schema: yaml.CORE_SCHEMA });
      if (['主动公开', '依申请公开'].includes(p.disclosure.mode)) powers.push(p);
    }
  }
  const out = path.join(dir, 'records');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  let seed = 7;
  const rnd = () => ((seed = (Math.imul(seed, 48271) >>> 0) % 2147483647) / 2147483647);
  const day = (n) => new Date(Date.UTC(2026, 0, 5) + n * 86_400_000).toISOString().slice(0, 10);
  const header = '办件编号,职权编码,重要,受理日期,办结日期,金额,裁量情形,集体讨论,备案日期,公开日期,报备日期\n';
  for (let file = 0; file * ROWS_PER_FILE < rows; file++) {
    const fd = openSync(path.join(out, `${String(file + 1).padStart(3, '0')}.csv`), 'w');
    writeSync(fd, header);
    let chunk = '';
    const n = Math.min(ROWS_PER_FILE, rows - file * ROWS_PER_FILE);
    for (let i = 0; i < n; i++) {
      const p = powers[Math.floor(rnd() * powers.length)];
      const r = Math.floor(rnd() * 300);
      const received = day(r);
      const closed = day(r + Math.floor(rnd() * (p.flow.promised_days + (rnd() < 0.03 ? 10 : 0))));
      const important = rnd() < 0.1;
      let amount = '';
      let situation = '';
      let meeting = '';
      if (p.discretion) {
        const row = p.discretion[Math.floor(rnd() * p.discretion.length)];
        const above = rnd() < 0.2;
        amount = String(above ? row.min + Math.floor((row.max - row.min) / 2) : row.min);
        situation = row.situation;
        if (above && rnd() < 0.98) meeting = `2026年第${r}次局务会`;
      }
      const reported = important ? day(r + 10) : '';
      chunk += `C${file}-${i},${p.code},${important ? '是' : '否'},${received},${closed},${amount},${situation},${meeting},${meeting ? closed : ''},${meeting ? closed : ''},${reported}\n`;
      if (chunk.length > 1 << 20) {
        writeSync(fd, chunk);
        chunk = '';
      }
    }
    writeSync(fd, chunk);
    closeSync(fd);
  }
}

/**
 * Median wall clock and CPU (user + system) seconds of `runs` runs, and the peak RSS. CPU time is
 * what the ratio uses: on a shared machine the wall clock measures the neighbours as much as us.
 */
function measure(runs, cmd, args) {
  const walls = [];
  const cpus = [];
  let rssKb = 0;
  let last;
  for (let i = 0; i < runs; i++) {
    last = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', cmd, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
    const m = /(\d+\.\d+) (\d+\.\d+) (\d+\.\d+) (\d+)\s*$/.exec(last.stderr ?? '');
    if (!m) throw new Error(`no timing from /usr/bin/time: ${last.stderr}`);
    walls.push(Number(m[1]));
    cpus.push(Number(m[2]) + Number(m[3]));
    rssKb = Math.max(rssKb, Number(m[4]));
  }
  const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { wall: median(walls), cpu: median(cpus), rssMb: rssKb / 1024, status: last.status, stdout: last.stdout, stderr: last.stderr };
}

/** Runs the records bench (100,000 and 1,000,000 rows). */
export function benchRecords({ WORK, bin, runs = 3 }) {
  const results = [];
  for (const rows of [100_000, 1_000_000]) {
    const dir = path.join(WORK, `records-${rows}`);
    if (!existsSync(path.join(dir, '.complete'))) {
      rmSync(dir, { recursive: true, force: true });
      generate(dir, 200, 1);
      writeRecords(dir, rows);
      writeFileSync(path.join(dir, '.complete'), '');
    }
    const validateArgs = [bin, 'validate', '--registry', dir, '--today', '2026-12-31', '--format', 'json'];
    const floor = measure(runs, process.execPath, ['--input-type=module', '-e', FLOOR, path.join(dir, 'records')]);
    const validate = measure(runs, process.execPath, validateArgs);
    if (validate.status === 2) throw new Error(`validate failed on ${dir}: ${validate.stderr}`);
    const found = JSON.parse(validate.stdout).diagnostics.length;
    // The same registry without its records: what validate costs before the first row.
    const records = path.join(dir, 'records');
    const aside = path.join(dir, '..', `records-${rows}-aside`);
    rmSync(aside, { recursive: true, force: true });
    renameSync(records, aside);
    let registryOnly;
    try {
      registryOnly = measure(runs, process.execPath, validateArgs);
    } finally {
      renameSync(aside, records);
    }
    const recordsCpu = validate.cpu - registryOnly.cpu;
    const row = {
      rows, findings: found, floorCpu: floor.cpu, floorWall: floor.wall, validateCpu: validate.cpu, validateWall: validate.wall,
      registryOnlyCpu: registryOnly.cpu, recordsCpu, ratio: recordsCpu / floor.cpu, rssMb: validate.rssMb, floorRssMb: floor.rssMb,
    };
    results.push(row);
    const f = (x) => `${x.toFixed(2)} s`;
    process.stdout.write(`\n${rows.toLocaleString('en')} record rows (${found.toLocaleString('en')} findings; CPU seconds, wall in brackets)\n` +
      `  read + split lines (floor)   ${f(floor.cpu)} [${f(floor.wall)}]  peak ${floor.rssMb.toFixed(0)} MiB\n` +
      `  powers validate              ${f(validate.cpu)} [${f(validate.wall)}]  peak ${validate.rssMb.toFixed(0)} MiB\n` +
      `    the 200-power registry alone  ${f(registryOnly.cpu)} [${f(registryOnly.wall)}]\n` +
      `    records                    ${f(recordsCpu)} (${row.ratio.toFixed(2)}× the floor, target ≤ 4×)\n`);
  }
  return results;
}
