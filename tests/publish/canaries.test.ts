// Nothing of a withheld, internal, unpublished, draft or abolished power reaches site/: canary
// strings are planted in every field of such powers (and of the laws, posts, functions and
// department only they use), and every output file is searched for them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publish } from '../../src/publish/publish.js';
import { TestRepo, removeTempDirs, tempDir } from '../git/helpers.js';
import { PROJECT, replace } from '../helpers/fixture.js';
import { FIXTURE, publishTo, readTexts, workspace, type Workspace } from './helpers.js';
import { readSearchIndex } from './paging-helpers.js';
import { searchTokens } from '../../src/publish/search-index.js';

const HIDDEN_CODES = [...FIXTURE.internal, ...FIXTURE.withheld, ...FIXTURE.nowhere];
/** Texts of the base fixture's withheld power (QT-GAJ-0001), which carries no canary. */
const BASE_WITHHELD_TEXTS = ['重要目标警卫勤务部署', '涉及重要目标警卫工作部署', '中华人民共和国保守国家秘密法', '第十三条'];

function leaks(files: Map<string, string>, needles: string[]): string[] {
  const found: string[] = [];
  for (const [rel, text] of files) {
    const haystack = `${rel}\n${text}`.toLowerCase();
    for (const n of needles) if (haystack.includes(n.toLowerCase())) found.push(`${rel}: ${n}`);
  }
  return found;
}

describe('the public site holds nothing of a non-public power', () => {
  let ws: Workspace;
  let site: Map<string, string>;
  let internal: Map<string, string>;
  beforeAll(async () => {
    ws = workspace();
    await publishTo(ws);
    site = readTexts(ws.out);
    internal = readTexts(ws.internal);
  });

  it('the fixture plants a canary in every field the power schema knows', () => {
    const schema = JSON.parse(readFileSync(path.join(PROJECT, 'schema', 'power.schema.json'), 'utf8')) as {
      properties: Record<string, { properties?: Record<string, unknown> }>;
    };
    const withheld = readFileSync(path.join(PROJECT, 'tests/fixtures/publish/departments/mjj/powers/QT-MJJ-0002.yaml'), 'utf8');
    const internalPower = readFileSync(path.join(PROJECT, 'tests/fixtures/publish/departments/mjj/powers/NB-MJJ-0001.yaml'), 'utf8');
    for (const [key, def] of Object.entries(schema.properties)) {
      expect(withheld + internalPower, `field ${key}`).toMatch(new RegExp(`^\\s*${key}:`, 'm'));
      for (const sub of Object.keys(def.properties ?? {})) {
        expect(withheld + internalPower, `field ${key}.${sub}`).toMatch(new RegExp(`\\b${sub}:`));
      }
    }
  });

  it('no canary string in any file of site/ (pages, search index, md, json, csv, manifest, file names)', () => {
    expect(site.size).toBeGreaterThan(10);
    expect(leaks(site, ['CANARY'])).toEqual([]);
  });

  it('the search index (search/*.js) holds the public powers only, and no canary even as bigrams', () => {
    const index = readSearchIndex(ws.out);
    expect(index.docs.map((d) => d[0]).sort()).toEqual([...FIXTURE.public].sort());
    expect(searchTokens('canary').every((t) => index.terms.has(t))).toBe(false);
    for (const text of BASE_WITHHELD_TEXTS) expect(searchTokens(text).every((t) => index.terms.has(t)), text).toBe(false);
  });

  it('no code of a non-public power, and nothing of the base withheld power', () => {
    expect(leaks(site, [...HIDDEN_CODES, ...BASE_WITHHELD_TEXTS])).toEqual([]);
  });

  it('the numbers planted in hidden powers (discretion 137–9137) appear nowhere either', () => {
    expect(leaks(site, ['9137'])).toEqual([]);
  });

  it('internal/ lists the internal and withheld powers, never drafts, abolished or unpublished ones', () => {
    const all = [...internal.values()].join('\n');
    for (const tag of ['CANARY-INTERNAL-NAME', 'CANARY-GAJNB-NAME', 'CANARY-WITHHELD-NAME', 'CANARY-WITHHELD-WITHHOLD-REASON', '重要目标警卫勤务部署']) {
      expect(all).toContain(tag);
    }
    expect(leaks(internal, ['CANARY-DRAFT', 'CANARY-ABOLISHED', 'CANARY-UNPUBLISHED', ...FIXTURE.nowhere])).toEqual([]);
  });

  it('the withheld list shows 项目名称, 类别, 不公开理由, 依据 (title + articles), 部门 and 状态', () => {
    const html = internal.get('withheld.html')!;
    for (const text of ['CANARY-WITHHELD-NAME', '其他行政权力', 'CANARY-WITHHELD-WITHHOLD-REASON', '《CANARY-SECRET-LAW-TITLE》CANARY-WITHHELD-WITHHOLD-ARTICLES', 'CANARY-DEPT-NAME', '已审核']) {
      expect(html).toContain(text);
    }
    const md = internal.get('withheld.md')!;
    expect(md).toContain('CANARY-WITHHELD-WITHHOLD-REASON');
    expect(md).toContain('已审核');
  });

  it('the internal catalogue shows each power with its status', () => {
    const html = internal.get('index.html')!;
    expect(html).toMatch(/NB-MJJ-0001[\s\S]*?已备案/);
    expect(internal.has('powers/NB-MJJ-0001.html')).toBe(true);
    expect(internal.get('catalogue.md')).toContain('| 状态 | 已备案 |');
  });

  it('responsibility.html lists the public powers\' 责任清单 and nothing of the hidden ones (their duties, accountability, posts)', () => {
    const html = site.get('responsibility.html')!;
    for (const code of FIXTURE.public) expect(html).toContain(code);
    expect(leaks(new Map([['responsibility.html', html]]), ['CANARY', ...HIDDEN_CODES])).toEqual([]);
    const all = [...internal.values()].join('\n');
    for (const tag of ['CANARY-INTERNAL-SIGNER', 'CANARY-INTERNAL-REASON']) expect(all).toContain(tag);
  });

  it('a public power jointly held with a hidden one names no partner (--force: the pair is invalid)', async () => {
    const forced = workspace({
      'departments/gaj/powers/CF-GAJ-0002.yaml': replace('unit: 交通警察支队\n', 'unit: 交通警察支队\nrole: 协办\nlead: NB-GAJ-0002\n'),
      'departments/gaj/powers/XK-GAJ-0001.yaml': replace('unit: ', 'role: 主办\nunit: '),
      'departments/mjj/powers/QT-MJJ-0002.yaml': replace('lead: NB-GAJ-0002', 'lead: XK-GAJ-0001'),
    });
    await publishTo(forced, { force: true });
    const out = readTexts(forced.out);
    expect(out.get('powers/CF-GAJ-0002.html')).toContain('本部门协办。');
    expect(out.get('powers/XK-GAJ-0001.html')).toContain('本部门主办。');
    expect(leaks(out, ['CANARY', ...HIDDEN_CODES])).toEqual([]);
  });

  it('a withhold block or extra field on a public power, published with --force, still stays off the site', async () => {
    const forced = workspace({
      'departments/gaj/powers/XK-GAJ-0001.yaml': replace('  content: 办理条件', '  withhold:\n    class: 国家秘密\n    basis: {law: canary-secret-law, articles: CANARY-FORCED-ARTICLES}\n    reason: CANARY-FORCED-REASON\n  content: 办理条件'),
      'departments/gaj/powers/CF-GAJ-0001.yaml': (t) => `${t}internal_note: CANARY-FORCED-NOTE\n`,
    });
    const result = await publishTo(forced, { force: true });
    expect(result.forced?.errors).toBeGreaterThan(0);
    expect(leaks(readTexts(forced.out), ['CANARY'])).toEqual([]);
  });
});

describe('the public change log names no one and no commit of a non-public power', () => {
  const CANARY_AUTHOR = { author: 'CANARY-AUTHOR-王秘书', email: 'canary-author@example.gov.cn' };
  const repos: TestRepo[] = [];
  afterAll(() => {
    for (const r of repos) r.dispose();
    removeTempDirs();
  });

  it('plants an author in every commit: it never reaches site/; a reused withheld code shows only the public power\'s commit', async () => {
    const r = new TestRepo({ fixture: 'publish' });
    repos.push(r);
    const QT = 'departments/gaj/powers/QT-GAJ-0001.yaml';
    const XK = 'departments/gaj/powers/XK-GAJ-0001.yaml';
    // 1. The withheld power QT-GAJ-0001 exists from the first commit, then is deleted.
    const withheldCreated = r.commit('初始登记', { date: '2026-01-05T10:00:00+08:00', ...CANARY_AUTHOR });
    r.remove(QT);
    const withheldDeleted = r.commit('删除', { date: '2026-01-06T10:00:00+08:00', ...CANARY_AUTHOR });
    // 2. A public power reuses its code, created with its 新增 record.
    r.write(QT, `${r.read(XK).replace('code: XK-GAJ-0001', 'code: QT-GAJ-0001').replace('category: 行政许可', 'category: 其他行政权力').replace(/^name: .*$/m, 'name: 新的公开事项')}changes:\n  - {date: 2026-01-07, kind: 新增, summary: 新增事项, explained: 2026-01-08, published: 2026-01-09}\n`);
    // 3. A public power's change record, committed late in the evening UTC (the next day in China).
    r.write(XK, `${r.read(XK)}changes:\n  - {date: 2026-02-09, kind: 流程图变更, summary: 调整承诺时限, explained: 2026-02-10, published: 2026-02-11}\n`);
    const publicCommit = r.commit('新增公开事项并调整时限', { date: '2026-02-09T20:30:00+00:00', ...CANARY_AUTHOR });

    const dir = tempDir();
    const result = await publish({
      root: r.root, out: path.join(dir, 'site'), internalOut: path.join(dir, 'internal'), today: '2026-06-01', version: '0.0.0-test',
    });
    expect(result.site.powers).toBe(6);
    const site = readTexts(path.join(dir, 'site'));
    expect(leaks(site, ['CANARY-AUTHOR', '王秘书', 'canary-author@'])).toEqual([]);
    expect(leaks(site, [withheldCreated.slice(0, 7), withheldDeleted.slice(0, 7)])).toEqual([]);
    const changes = site.get('changes.html')!;
    // Both records are attributed to the public commit: short id and China date, no author.
    expect(changes.split(`提交 <span class="mono">${publicCommit.slice(0, 10)}</span>（2026-02-10）`)).toHaveLength(3);
    expect(changes).not.toContain(publicCommit);
    // The manifest keeps the full source commit for auditors.
    expect(JSON.parse(site.get('manifest.json')!).source).toMatchObject({ commit: publicCommit, dirty: false, history: 'full' });
  });
});
