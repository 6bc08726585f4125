// `npm run bench`, records section (SPEC §9, §10): `powers validate` over 100,000 and 1,000,000
// operation record rows next to a floor measured in the same run — reading the CSV files and
// splitting their lines — with the peak RSS of each run (memory must stay flat: rows are streamed).
// The registry is small (200 powers) so that the records dominate; its own validate time is
// measured too and reported apart.
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
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

/** Runs the records bench; `time(cmd, args)` is run.mjs's timer (median wall clock and peak RSS). */
export function benchRecords({ WORK, bin, time }) {
  const results = [];
  for (const rows of [100_000, 1_000_000]) {
    const dir = path.join(WORK, `records-${rows}`);
    if (!existsSync(path.join(dir, '.complete'))) {
      rmSync(dir, { recursive: true, force: true });
      generate(dir, 200, 1);
      writeRecords(dir, rows);
      writeFileSync(path.join(dir, '.complete'), '');
    }
    const floor = time(process.execPath, ['--input-type=module', '-e', FLOOR, path.join(dir, 'records')]);
    const validate = time(process.execPath, [bin, 'validate', '--registry', dir, '--today', '2026-12-31', '--format', 'json']);
    if (validate.status === 2) throw new Error(`validate failed on ${dir}: ${validate.stderr}`);
    const found = JSON.parse(validate.stdout).diagnostics.length;
    // The same registry without its records: what validate costs before the first row.
    const records = path.join(dir, 'records');
    const aside = path.join(dir, '..', `records-${rows}-aside`);
    rmSync(aside, { recursive: true, force: true });
    renameSync(records, aside);
    let registryOnly;
    try {
      registryOnly = time(process.execPath, [bin, 'validate', '--registry', dir, '--today', '2026-12-31', '--format', 'json']);
    } finally {
      renameSync(aside, records);
    }
    const checking = validate.seconds - registryOnly.seconds;
    const row = {
      rows, floor: floor.seconds, validate: validate.seconds, registryOnly: registryOnly.seconds, records: checking,
      ratio: checking / floor.seconds, ratioTotal: validate.seconds / floor.seconds, rssMb: validate.rssMb, findings: found,
    };
    results.push(row);
    process.stdout.write(`\n${rows.toLocaleString('en')} record rows (${found.toLocaleString('en')} findings)\n` +
      `  read + split lines (floor)   ${row.floor.toFixed(2)} s (1.00×)\n` +
      `  powers validate              ${row.validate.toFixed(2)} s (${row.ratioTotal.toFixed(2)}×)  peak ${row.rssMb.toFixed(0)} MiB\n` +
      `    of which the 200-power registry  ${row.registryOnly.toFixed(2)} s\n` +
      `    records alone              ${row.records.toFixed(2)} s (${row.ratio.toFixed(2)}×, target ≤ 4×)\n`);
  }
  return results;
}
