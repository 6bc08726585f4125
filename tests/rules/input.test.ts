// Table-driven tests of what the loader finds and how unknown ids are answered (issue 8, SPEC §3
// and §7): stray files, copy-paste duplicates, did-you-mean suggestions, one problem one message.
// Each case edits the valid base fixture and lists exactly the diagnostics expected, with their
// message id and the data that matters; `expected: []` cases are the ones that must not trigger.
import { mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateRegistry } from '../../src/checks/validate.js';
import { type Edit, lineOf, makeRegistry, replace } from '../helpers/fixture.js';

const P = 'departments/gaj/powers';
const XK = `${P}/XK-GAJ-0001.yaml`;
const CF = `${P}/CF-GAJ-0001.yaml`;
const QT = `${P}/QT-GAJ-0001.yaml`;
const GAJ = 'departments/gaj/department.yaml';

interface Expect {
  rule: string;
  file: string;
  /** The line, or text whose first occurrence in the edited file gives the line. */
  at: number | string;
  severity: 'error' | 'warning';
  messageId?: string;
  /** Entries the diagnostic's data must hold. */
  data?: Record<string, unknown>;
}
interface Case {
  name: string;
  edits?: Record<string, Edit>;
  /** Runs after the edits, in the registry folder (symbolic links). */
  setup?: (dir: string) => void;
  expected: Expect[];
}

const base = (rel: string) => readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'base', rel), 'utf8');
const stray = (file: string, messageId: string, data?: Record<string, unknown>): Expect =>
  ({ rule: 'stray-file', file, at: 1, severity: 'warning', messageId: `stray-file.${messageId}`, ...(data ? { data } : {}) });
/** A new power of the gaj department: the base licence under another code and name. */
const copyOfXk = (code: string, name: string) => base(XK).replace('XK-GAJ-0001', code).replace('机动车驾驶证核发', name);

const outside = path.join(tmpdir(), `powers-outside-${process.pid}.yaml`);

const cases: Case[] = [
  // stray-file: each way a clerk's file can go unread
  { name: 'stray-file: a power saved as .yaml.txt', edits: { [`${P}/XK-GAJ-0004.yaml.txt`]: copyOfXk('XK-GAJ-0004', '校车驾驶资格许可') }, expected: [stray(`${P}/XK-GAJ-0004.yaml.txt`, 'txtSuffix', { name: 'XK-GAJ-0004.yaml' })] },
  { name: 'stray-file: .yml.txt too', edits: { [`${P}/XK-GAJ-0004.yml.txt`]: copyOfXk('XK-GAJ-0004', '校车驾驶资格许可') }, expected: [stray(`${P}/XK-GAJ-0004.yml.txt`, 'txtSuffix', { name: 'XK-GAJ-0004.yml' })] },
  { name: 'stray-file: a power in the department folder, outside powers/', edits: { 'departments/gaj/XK-GAJ-0004.yaml': copyOfXk('XK-GAJ-0004', '校车驾驶资格许可') }, expected: [stray('departments/gaj/XK-GAJ-0004.yaml', 'outsidePowers', { department: 'gaj' })] },
  { name: 'stray-file: a power in a mistyped power/ folder', edits: { 'departments/gaj/power/XK-GAJ-0004.yaml': copyOfXk('XK-GAJ-0004', '校车驾驶资格许可') }, expected: [stray('departments/gaj/power/XK-GAJ-0004.yaml', 'outsidePowers', { department: 'gaj', folder: 'power' })] },
  { name: 'stray-file: a power at the registry root', edits: { 'XK-GAJ-0004.yaml': copyOfXk('XK-GAJ-0004', '校车驾驶资格许可') }, expected: [stray('XK-GAJ-0004.yaml', 'rootYaml')] },
  { name: 'stray-file: a power directly in departments/', edits: { 'departments/XK-GAJ-0004.yaml': copyOfXk('XK-GAJ-0004', '校车驾驶资格许可') }, expected: [stray('departments/XK-GAJ-0004.yaml', 'departmentsRoot')] },
  { name: 'stray-file: laws in a mistyped law/ folder (with a suggestion)', edits: { 'law/more.yaml': '- {id: 慈善法, title: 中华人民共和国慈善法, level: 法律}\n' }, expected: [stray('law/more.yaml', 'unknownFolder', { folder: 'law', suggestion: 'laws/' })] },
  { name: 'stray-file: laws in a subfolder of laws/', edits: { 'laws/2025/more.yaml': '- {id: 慈善法, title: 中华人民共和国慈善法, level: 法律}\n' }, expected: [stray('laws/2025/more.yaml', 'nested', { folder: 'laws' })] },
  { name: 'stray-file: department.yml instead of department.yaml', edits: { 'departments/gaj/department.yml': base(GAJ) }, expected: [stray('departments/gaj/department.yml', 'departmentName')] },
  {
    name: 'stray-file: office documents inside departments/ (.docx, .xlsx, .doc, .xls, .wps, .et)',
    edits: {
      'departments/gaj/说明.docx': 'PK', [`${P}/登记表.xlsx`]: 'PK', 'departments/gaj/旧说明.doc': 'x', 'departments/gaj/旧表.xls': 'x',
      'departments/gaj/powers/车辆管理所/说明.wps': 'x', 'departments/gaj/汇总.et': 'x',
    },
    expected: [
      stray('departments/gaj/说明.docx', 'office', { ext: '.docx' }), stray(`${P}/登记表.xlsx`, 'office', { ext: '.xlsx' }),
      stray('departments/gaj/旧说明.doc', 'office', { ext: '.doc' }), stray('departments/gaj/旧表.xls', 'office', { ext: '.xls' }),
      stray('departments/gaj/powers/车辆管理所/说明.wps', 'office', { ext: '.wps' }), stray('departments/gaj/汇总.et', 'office', { ext: '.et' }),
    ],
  },
  {
    name: 'stray-file: a symlinked power file pointing outside the registry is reported as a link, not followed',
    setup: (dir) => symlinkSync(outside, path.join(dir, P, 'XK-GAJ-0004.yaml')),
    expected: [{ ...stray(`${P}/XK-GAJ-0004.yaml`, 'symlink'), messageId: 'stray-file.symlinkOutside', data: { target: outside, where: 'outside' } }],
  },
  {
    name: 'stray-file: a symlinked folder of powers inside the registry is reported, not read twice',
    setup: (dir) => symlinkSync('.', path.join(dir, P, '车辆管理所')),
    expected: [stray(`${P}/车辆管理所`, 'symlink', { target: '.', where: 'inside' })],
  },
  {
    name: 'stray-file: dot-files, records/, site/ and internal/ at the root, and office files outside departments/ are not reported',
    edits: {
      '.gitlab-ci.yml': 'stages: [check]\n', '.github/workflows/powers.yml': 'on: push\n', '.vscode/settings.json': '{}',
      '.powers/schema/x.yaml': 'a: 1\n', 'records/2026/办件.csv': '办件编号,职权编码,重要,受理日期\n', 'site/catalogue.yaml': 'a: 1\n',
      'internal/x.yaml': 'a: 1\n', '登记表.xlsx': 'PK', 'departments/gaj/~$说明.docx': 'x', [`${P}/.XK-GAJ-0001.yaml.swp`]: 'x', [`${P}/说明.md`]: '# 说明\n',
    },
    expected: [],
  },
  {
    name: 'a department folder named site is checked like any other (its broken power is found)',
    edits: {
      'departments/site/department.yaml': base(GAJ).replace('id: gaj', 'id: site').replace('code: GAJ', 'code: SITE').replace('云港市公安局', '云港市网站管理中心'),
      'departments/site/powers/XK-SITE-0001.yaml': copyOfXk('XK-SITE-0001', '网站备案').replace('promised_days: 5', 'promised_days: 50'),
    },
    expected: [{ rule: 'time-limit', file: 'departments/site/powers/XK-SITE-0001.yaml', at: 'promised_days: 50', severity: 'error' }],
  },
  {
    name: 'a department folder named internal is checked like any other',
    edits: {
      'departments/internal/department.yaml': base(GAJ).replace('id: gaj', 'id: internal').replace('code: GAJ', 'code: NBJ').replace('云港市公安局', '云港市机关事务局'),
      'departments/internal/powers/XK-NBJ-0001.yaml': copyOfXk('XK-NBJ-0001', '公务用车使用许可').replace('functions: [F01]', 'functions: [F09]'),
    },
    expected: [{ rule: 'basis-function', file: 'departments/internal/powers/XK-NBJ-0001.yaml', at: 'functions: [F09]', severity: 'error' }],
  },

  // duplicate-name
  {
    name: 'duplicate-name: a copied file keeps its name in the same department (reported on the later file)',
    edits: { [`${P}/XK-GAJ-0002.yaml`]: base(XK).replace('XK-GAJ-0001', 'XK-GAJ-0002') },
    expected: [{ rule: 'duplicate-name', file: `${P}/XK-GAJ-0002.yaml`, at: 'name:', severity: 'warning', messageId: 'duplicate-name.sameName', data: { first: 'XK-GAJ-0001' } }],
  },
  {
    name: 'duplicate-name: full-width letters, spaces and punctuation do not make a name different',
    edits: { [`${P}/XK-GAJ-0002.yaml`]: copyOfXk('XK-GAJ-0002', '机动车 驾驶证，核发') },
    expected: [{ rule: 'duplicate-name', file: `${P}/XK-GAJ-0002.yaml`, at: 'name:', severity: 'warning' }],
  },
  {
    name: 'duplicate-name: a later path in a subfolder is the one reported',
    edits: { [`${P}/车辆管理所/XK-GAJ-0002.yaml`]: copyOfXk('XK-GAJ-0002', '机动车驾驶证核发') },
    expected: [{ rule: 'duplicate-name', file: `${P}/车辆管理所/XK-GAJ-0002.yaml`, at: 'name:', severity: 'warning' }],
  },
  { name: 'duplicate-name: bracketed suffixes are kept (they tell real powers apart)', edits: { [XK]: replace('name: 机动车驾驶证核发', 'name: 机动车驾驶证核发（初次申领）'), [`${P}/XK-GAJ-0002.yaml`]: copyOfXk('XK-GAJ-0002', '机动车驾驶证核发（换证）') }, expected: [] },
  { name: 'duplicate-name: an abolished power may share the name of its successor', edits: { [`${P}/XK-GAJ-0002.yaml`]: base(XK).replace('XK-GAJ-0001', 'XK-GAJ-0002').replace('status: 已公布', 'status: 已废止') }, expected: [] },

  // code-format: no hint to rename onto a file that exists
  {
    name: 'code-format: a copy "XK-GAJ-0001 - 副本" is not told to become XK-GAJ-0001.yaml, which exists',
    edits: { [`${P}/XK-GAJ-0001 - 副本.yaml`]: base(XK) },
    expected: [
      { rule: 'code-format', file: `${P}/XK-GAJ-0001 - 副本.yaml`, at: 'code:', severity: 'error', messageId: 'code-format.fileNameTaken' },
      { rule: 'code-unique', file: `${P}/XK-GAJ-0001 - 副本.yaml`, at: 'code:', severity: 'error' },
      { rule: 'code-unique', file: XK, at: 'code:', severity: 'error' },
      // path order: "XK-GAJ-0001 - 副本.yaml" sorts before "XK-GAJ-0001.yaml" (a space before the dot)
      { rule: 'duplicate-name', file: XK, at: 'name:', severity: 'warning' },
    ],
  },
  {
    name: 'code-format: a file name that is free is still suggested',
    edits: { [XK]: null, [`${P}/XK-GAJ-0001-新.yaml`]: base(XK) },
    expected: [{ rule: 'code-format', file: `${P}/XK-GAJ-0001-新.yaml`, at: 'code:', severity: 'error', messageId: 'code-format.fileName' }],
  },

  // did-you-mean, from the ids that exist
  {
    name: 'suggest: functions: [F7] → F07 of the department',
    edits: { [GAJ]: replace('  - id: F02', '  - id: F07\n    text: 负责出入境管理\n  - id: F02'), [XK]: replace('functions: [F01]', 'functions: [F7]') },
    expected: [{ rule: 'basis-function', file: XK, at: 'functions: [F7]', severity: 'error', messageId: 'basis-function.unknown', data: { id: 'F7', suggestion: 'F07' } }],
  },
  {
    name: 'suggest: nothing close lists the department\'s function ids',
    edits: { [XK]: replace('functions: [F01]', 'functions: [F9]') },
    expected: [{ rule: 'basis-function', file: XK, at: 'functions: [F9]', severity: 'error', data: { choices: ['F01', 'F02'] } }],
  },
  {
    name: 'suggest: a post cgs-s1 (digit one) → cgs-sl',
    edits: { [XK]: replace('posts: [cgs-sl, cgs-sp]', 'posts: [cgs-s1, cgs-sp]') },
    expected: [{ rule: 'basis-post', file: XK, at: 'posts:', severity: 'error', messageId: 'basis-post.unknown', data: { suggestion: 'cgs-sl' } }],
  },
  {
    name: 'suggest: a flow step post in capitals → the post id',
    edits: { [XK]: replace('{name: 决定, post: cgs-sp', '{name: 决定, post: CGS-SP') },
    expected: [{ rule: 'basis-post', file: XK, at: '{name: 决定', severity: 'error', messageId: 'basis-post.unknownStep', data: { suggestion: 'cgs-sp' } }],
  },
  {
    name: 'suggest: superior SZF-JT-1 → SZF-JT-01',
    edits: { [XK]: replace('superior_functions: [SZF-JT-01]', 'superior_functions: [SZF-JT-1]') },
    expected: [{ rule: 'basis-superior', file: XK, at: 'superior_functions', severity: 'error', data: { suggestion: 'SZF-JT-01' } }],
  },
  {
    name: 'suggest: a law cited by its full title maps to its id',
    edits: { [XK]: replace('- law: 道路交通安全法', '- law: 中华人民共和国道路交通安全法') },
    expected: [{ rule: 'basis-law', file: XK, at: 'law: 中华人民共和国', severity: 'error', messageId: 'basis-law.titleNotId', data: { suggestion: '道路交通安全法' } }],
  },
  {
    name: 'suggest: a law id with a typo',
    edits: { [XK]: replace('- law: 道路交通安全法', '- law: 道路交通安全发') },
    expected: [{ rule: 'basis-law', file: XK, at: 'law: 道路交通安全发', severity: 'error', messageId: 'basis-law.unknown', data: { suggestion: '道路交通安全法' } }],
  },
  {
    name: 'suggest: a withholding basis cited by its full title',
    edits: { [QT]: replace('law: 保守国家秘密法', 'law: 中华人民共和国保守国家秘密法') },
    expected: [{ rule: 'withhold-basis', file: QT, at: 'law: 中华人民共和国', severity: 'error', data: { suggestion: '保守国家秘密法' } }],
  },
  {
    name: 'suggest: a department\'s 三定 provisions cited by their full title',
    edits: { [GAJ]: replace('sanding: 云港市公安局三定规定', 'sanding: 云港市公安局职能配置、内设机构和人员编制规定') },
    expected: [{ rule: 'references', file: GAJ, at: 'sanding:', severity: 'error', messageId: 'references.sandingUnknown', data: { suggestion: '云港市公安局三定规定' } }],
  },
  {
    name: 'suggest: a short category 许可 → 行政许可',
    edits: { [XK]: replace('category: 行政许可', 'category: 许可') },
    expected: [{ rule: 'schema', file: XK, at: 'category:', severity: 'error', messageId: 'schema.enumDidYouMean', data: { suggestion: '行政许可' } }],
  },

  // one problem, one message
  {
    name: 'one message: a withhold block without basis gets schema only, not also withhold-basis',
    edits: { [QT]: replace(/    basis: .*\n/, '') },
    expected: [{ rule: 'schema', file: QT, at: 'withhold:', severity: 'error', messageId: 'schema.required' }],
  },
  {
    name: 'one message: a withhold block without a reason gets schema only',
    edits: { [QT]: replace(/    reason: .*\n/, '') },
    expected: [{ rule: 'schema', file: QT, at: 'withhold:', severity: 'error', messageId: 'schema.required' }],
  },
  {
    name: 'one message: withhold written as text gets schema only',
    edits: { [QT]: replace(/  withhold:\n(?:    .*\n)+/, '  withhold: 保密\n') },
    expected: [{ rule: 'schema', file: QT, at: 'withhold:', severity: 'error', messageId: 'schema.type' }],
  },
  {
    name: 'one message: a fee basis without its law gets schema only',
    edits: { [XK]: replace('basis: {law: 机动车驾驶证工本费标准, articles: 第三条}', 'basis: {articles: 第三条}') },
    expected: [{ rule: 'schema', file: XK, at: 'basis: {articles', severity: 'error' }],
  },
  {
    name: 'one message: a fee standard written as a number gets schema only',
    edits: { [XK]: replace('standard: 工本费每证10元', 'standard: 10') },
    expected: [{ rule: 'schema', file: XK, at: 'standard: 10', severity: 'error' }],
  },
  {
    name: 'one message: a function id that is not text, or blank, is the schema\'s',
    edits: { [XK]: replace('functions: [F01]', 'functions: [F01, 3, " "]') },
    expected: [{ rule: 'schema', file: XK, at: 'functions:', severity: 'error' }, { rule: 'schema', file: XK, at: 'functions:', severity: 'error' }],
  },
  {
    name: 'one message: a scope outside the enum is the schema\'s, not also disclosure-scope',
    edits: { [CF]: replace('scope: 社会', 'scope: 全社会') },
    expected: [{ rule: 'schema', file: CF, at: 'scope: 全社会', severity: 'error', messageId: 'schema.enumDidYouMean' }],
  },
];

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  rmSync(outside, { force: true });
});

describe('input rules on fixture registries', () => {
  for (const c of cases) {
    it(c.name, async () => {
      const dir = makeRegistry(c.edits ?? {});
      dirs.push(dir);
      mkdirSync(path.join(dir, P), { recursive: true });
      c.setup?.(dir);
      const { diagnostics } = await validateRegistry(dir, { today: '2026-06-01', workers: 0 });
      const key = (d: { rule: string; file: string; line: number }) => `${d.file}|${d.line}|${d.rule}`;
      const actual = diagnostics.map((d) => ({ rule: d.rule, file: d.file, line: d.line, severity: d.severity })).sort((a, b) => key(a).localeCompare(key(b)));
      const lineOfExpect = (e: Expect) => (typeof e.at === 'number' ? e.at : lineOf(readFileSync(path.join(dir, e.file), 'utf8'), e.at));
      const expected = c.expected.map((e) => ({ rule: e.rule, file: e.file, line: lineOfExpect(e), severity: e.severity })).sort((a, b) => key(a).localeCompare(key(b)));
      expect(actual).toEqual(expected);
      for (const e of c.expected) {
        const d = diagnostics.find((x) => x.rule === e.rule && x.file === e.file && x.line === lineOfExpect(e) && (!e.messageId || x.messageId === e.messageId));
        expect(d, `${e.rule} ${e.messageId ?? ''}`).toBeDefined();
        if (e.data) expect(d!.data).toMatchObject(e.data);
      }
      for (const d of diagnostics) {
        expect(d.message).not.toMatch(/\{\w+(\|\w+)?\}|undefined/); // every placeholder filled
        expect(d.message).toMatch(/[\u4e00-\u9fff]/);
      }
    });
  }

  it('the suggestion is worded after the message, once', async () => {
    const dir = makeRegistry({ [XK]: replace('superior_functions: [SZF-JT-01]', 'superior_functions: [SZF-JT-1]') });
    dirs.push(dir);
    const { diagnostics } = await validateRegistry(dir, { today: '2026-06-01', workers: 0 });
    expect(diagnostics.map((d) => d.message.split('SZF-JT-01').length - 1)).toEqual([1]);
  });
});
