// The one place that decides who sees what (SPEC §5): a pure builder from a loaded registry to
// the view models the templates, the Markdown, the JSON and the CSV render. Templates never
// decide what is public; they only show what a view model holds.
//
// A power's view model is built field by field from a whitelist, so a field the public must not
// see (a withhold block left on a disclosed power, the 印证 ids) never reaches a public page even
// when the registry is published with --force. The data may be schema-invalid under --force, so
// every field is read through a type guard and missing values become null or [].
import { createHash } from 'node:crypto';
import type { Department, Law, Power, Registry } from '../registry/model.js';
import { CATEGORY_ABBR } from '../registry/model.js';
import { layoutFlowchart, type FlowchartView } from './flowchart.js';

/** Who a power is published to: the public site, the staff catalogue, or the withheld list. */
export type Audience = 'public' | 'internal' | 'withheld';

/** The statuses the internal lists leave out (SPEC §5). */
const UNLISTED_STATUSES = new Set(['草稿', '已废止']);

/** The ten categories and 内部管理, in the order officials list them. */
export const CATEGORY_ORDER: readonly string[] = Object.keys(CATEGORY_ABBR);

/** Risk level → the colour officials name it by, and the CSS class the pages use. */
export const RISK_COLOURS: Readonly<Record<string, { colour: string; cls: string }>> = {
  一级: { colour: '红', cls: 'risk-1' },
  二级: { colour: '黄', cls: 'risk-2' },
  三级: { colour: '橙', cls: 'risk-3' },
};

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const isRec = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const rec = (v: unknown): Record<string, unknown> => (isRec(v) ? v : {});
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const strings = (v: unknown): string[] => list(v).map(str).filter((s): s is string => s !== null);
/** A date as written (YAML 1.2 core schema keeps dates as strings); anything else is dropped. */
const date = (v: unknown): string | null => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : null);

/** How a flow's days are counted (SPEC fact 15): working days on the official calendar, or calendar days. */
export type TimeUnit = '工作日' | '日';

/**
 * A time limit as every output prints it: "20 个工作日", "90 日". A flow without a known unit (possible
 * only under --force) never gets a guessed one: the number is printed with "（时限单位未填写）".
 */
export function limitText(days: number | null, unit: TimeUnit | null): string | null {
  if (days === null) return null;
  if (unit === '工作日') return `${days} 个工作日`;
  if (unit === '日') return `${days} 日`;
  return `${days}（时限单位未填写）`;
}

const timeUnitOf = (v: unknown): TimeUnit | null => (v === '工作日' || v === '日' ? v : null);

/** Code-point order: the same on every machine and locale (localeCompare is not). */
export const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The audience of a power, or null when it is published nowhere. This is the audience filter
 * (SPEC §5): public = 主动公开 or 依申请公开 and 已公布; the internal lists take their mode in every
 * status except 草稿 and 已废止. Anything unexpected (a typo'd mode, a missing status) is null:
 * fail closed.
 */
export function audienceOf(power: Pick<Power, 'data'>): Audience | null {
  const data = rec(power.data);
  const mode = rec(data.disclosure).mode;
  const status = data.status;
  if (typeof status !== 'string') return null;
  if (mode === '主动公开' || mode === '依申请公开') return status === '已公布' ? 'public' : null;
  if (UNLISTED_STATUSES.has(status) || !['已申报', '已审核', '已备案', '已公布'].includes(status)) return null;
  if (mode === '内部公开') return 'internal';
  if (mode === '不予公开') return 'withheld';
  return null;
}

// ---------------------------------------------------------------------------------------------
// View-model types

/** A department as the pages name it. */
export interface DepartmentRef {
  /** Folder name (the department's id). */
  id: string;
  code: string | null;
  name: string;
  /** HTML id of its section on the index page. */
  anchor: string;
}

/** One cited law, resolved against the basis library. */
export interface CitationView {
  /** The id the power cites. */
  law: string;
  /** The law's full title, or the id when the library does not know it. */
  title: string;
  level: string | null;
  docNo: string | null;
  articles: string | null;
  /** 《title》articles: how the pages print it. */
  text: string;
}

/** One flow step, with its post resolved. */
export interface StepView {
  /** 1-based. */
  number: number;
  name: string;
  /** The post id as written. */
  post: string;
  /** The post's title (e.g. 受理岗), or null. */
  postTitle: string | null;
  /** The post's unit (承办科室), or null. */
  postUnit: string | null;
  /** "车辆管理所 受理岗": unit and title, or the id when the department does not know it. */
  postLabel: string;
  days: number | null;
  /** The days with their unit ("3 个工作日", "30 日"), or null when not filled in. */
  daysText: string | null;
  supervision: string | null;
  isDisclosed: boolean;
}

/** One item of a 责任清单: the duty of one stage. */
export interface DutyView {
  stage: string;
  duty: string;
}

/** The 责任清单 of a power (SPEC fact 18). */
export interface ResponsibilityView {
  duties: DutyView[];
  accountability: string[];
  /** The posts that answer for it, resolved like the flow's ("车辆管理所 审批岗"). */
  posts: string[];
}

/** Who exercises a power when it is not the organ itself (SPEC fact 17). */
export interface DelegationView {
  /** 委托 | 授权. */
  type: string;
  /** The entrusting organ (委托). */
  by: string | null;
  basis: CitationView | null;
  /** One sentence for the page, e.g. "受云港市住房和城乡建设局委托，以委托机关名义实施". */
  text: string;
}

/** The other power of a 主办/协办 pair, as far as this audience may see it. */
export interface PartnerView {
  code: string;
  name: string;
  department: string;
  /** Link to its page in the same catalogue. */
  href: string;
}

/** A jointly held power (共有职权): this power's role and its partners visible to the audience. */
export interface JointView {
  /** 主办 | 协办. */
  role: string;
  /** The 主办 power (for a 协办), the 协办 powers (for a 主办): only those the audience may see. */
  partners: PartnerView[];
}

/** The clearance workflow's dates (fact 14): 申报 (signed by a post, never a person), 审核, 公示. */
export interface ReviewView {
  declared: string | null;
  signedBy: string | null;
  reviewed: string | null;
  publicity: { from: string; to: string } | null;
}

/** One row of 裁量基准. */
export interface DiscretionView {
  situation: string;
  min: number | null;
  max: number | null;
  unit: string;
  /** "200–500 元". */
  range: string;
  /** The article the row applies (its statutory range is in the law library), or null. */
  article: string | null;
}

/** Git facts of a change record: the commit that recorded it. */
export interface ChangeGitInfo {
  commit: string;
  date: string;
  author: string;
}

/** One change record of a power, with its deadline. */
export interface ChangeView {
  date: string;
  kind: string;
  summary: string | null;
  explained: string | null;
  published: string | null;
  /** Due date to explain and republish (working days from the calendar), or null when not computed. */
  due: string | null;
  /** 按期完成 / 逾期完成 / 未完成 — never anything that depends on "today" (output is deterministic). */
  outcome: '按期完成' | '逾期完成' | '未完成' | null;
  /** The commit that recorded the change (commit, date, author), when the registry is in git. */
  git: ChangeGitInfo | null;
}

/** A power with every field its audience may see. */
export interface PowerView {
  code: string;
  name: string;
  category: string;
  /** XK, CF, … ('' when the category is unknown). */
  categoryAbbr: string;
  department: DepartmentRef;
  subject: string | null;
  unit: string | null;
  /** Relative to the output root, e.g. powers/XK-GAJ-0001.html. */
  href: string;
  basis: CitationView[];
  fee: { isCharged: boolean; basis: CitationView | null; standard: string | null };
  statutoryDays: number | null;
  promisedDays: number | null;
  /** 工作日 | 日, or null when the flow does not say (only under --force). */
  timeUnit: TimeUnit | null;
  /** "20 个工作日" / "90 日", or null. */
  statutoryText: string | null;
  promisedText: string | null;
  steps: StepView[];
  flowchart: FlowchartView;
  discretion: DiscretionView[];
  remedy: string[];
  complaint: string | null;
  risk: { level: string; colour: string; cls: string; points: string[]; controls: string[] } | null;
  disclosure: {
    mode: string;
    scope: string | null;
    forms: string[];
    period: string | null;
    interval: string | null;
    content: string | null;
    /** Why an external power is only disclosed internally (内部公开 only; never on another mode). */
    reason: string | null;
  };
  status: string;
  filed: string | null;
  published: string | null;
  changes: ChangeView[];
  /** 责任清单, or null when the power has none (内部管理). */
  responsibility: ResponsibilityView | null;
  delegation: DelegationView | null;
  joint: JointView | null;
  review: ReviewView | null;
  /** Lower-cased, NFKC-normalised text the offline filter matches: name, code, laws, department… */
  searchText: string;
}

/** A group of powers on an index page (a department or a category). */
export interface GroupView {
  /** HTML id. */
  anchor: string;
  name: string;
  count: number;
  powers: PowerView[];
}

/** One line of the change log page. */
export interface ChangeLogEntry extends ChangeView {
  power: { code: string; name: string; href: string };
  department: DepartmentRef;
}

/** A whole catalogue for one audience (public site or internal staff catalogue). */
export interface CatalogueView {
  audience: 'public' | 'internal';
  jurisdiction: string;
  filingAuthority: string | null;
  /** Set when published with --force over validation errors. */
  forced: { errors: number } | null;
  powers: PowerView[];
  byDepartment: GroupView[];
  byCategory: GroupView[];
  /** Newest first. */
  changes: ChangeLogEntry[];
}

/** One line of 《涉密不宜公开行政权力目录》. */
export interface WithheldView {
  code: string;
  name: string;
  category: string;
  department: DepartmentRef;
  /** 国家秘密 | 商业秘密 | 个人隐私 | 暂不宜公开. */
  withholdClass: string | null;
  reason: string | null;
  basis: CitationView | null;
  /** 暂不宜公开: withheld until this date, then reviewed again (fact 20). */
  until: string | null;
  /** The disclosure office's last review of the withholding. */
  reviewed: string | null;
  status: string;
}

/** 《涉密不宜公开行政权力目录》 for the disclosure office. */
export interface WithheldListView {
  jurisdiction: string;
  filingAuthority: string | null;
  forced: { errors: number } | null;
  items: WithheldView[];
  byDepartment: { anchor: string; name: string; count: number; items: WithheldView[] }[];
}

/** Everything `publish` renders, per audience. */
export interface PublishViews {
  site: CatalogueView;
  internal: CatalogueView;
  withheld: WithheldListView;
}

/** A computed deadline of one change record (from src/deadlines), keyed by file and record index. */
export interface ChangeDeadline {
  due: string;
  done: string | null;
}

/** Options of `buildViews`. */
export interface BuildOptions {
  /** Validation errors when publishing with --force (marks every page). */
  forced?: { errors: number } | null;
  /** Deadline of each change record: `${file}#${index}` → deadline. Absent: no due dates shown. */
  changeDeadlines?: ReadonlyMap<string, ChangeDeadline>;
  /** What git knows of a change record of a public power (absent: not in git). */
  commitOf?: (code: string, record: { date: string; kind: string }) => ChangeGitInfo | null;
}

// ---------------------------------------------------------------------------------------------
// Builders

/** The key of a change record in `BuildOptions.changeDeadlines`. */
export const changeKey = (file: string, index: number): string => `${file}#${index}`;

/** An HTML id from any text: ASCII kept, anything else hashed, so it is always a valid, stable id. */
function anchorOf(prefix: string, key: string): string {
  return /^[A-Za-z0-9_-]{1,64}$/.test(key) ? `${prefix}-${key}` : `${prefix}-${createHash('sha1').update(key).digest('hex').slice(0, 10)}`;
}

/** A file name for a power page: its code when the code is a safe file name, else a hash of it. */
function pageNameOf(code: string): string {
  return /^[A-Za-z0-9][A-Za-z0-9-]{0,63}$/.test(code) ? code : `p-${createHash('sha1').update(code).digest('hex').slice(0, 12)}`;
}

function citation(value: unknown, laws: ReadonlyMap<string, Law>): CitationView | null {
  const c = rec(value);
  const id = str(c.law);
  if (id === null) return null;
  const law = laws.get(id);
  const title = (law && str(law.title)) ?? id;
  const articles = str(c.articles);
  return {
    law: id, title, level: law ? str(law.level) : null, docNo: law ? str(law.doc_no) : null, articles,
    text: `《${title}》${articles ?? ''}`,
  };
}

function departmentRef(registry: Registry, power: Power): DepartmentRef {
  const dept: Department | undefined = registry.departments.get(power.folder);
  return {
    id: power.folder,
    code: dept ? str(dept.code) : null,
    name: (dept && str(dept.name)) ?? power.folder,
    anchor: anchorOf('dept', power.folder),
  };
}

function formatNumber(n: number | null): string {
  return n === null ? '' : String(n);
}

function changeViews(power: Power, options: BuildOptions): ChangeView[] {
  const deadlines = options.changeDeadlines;
  const code = str(rec(power.data).code);
  return list(rec(power.data).changes).flatMap((value, index): ChangeView[] => {
    const c = rec(value);
    const when = date(c.date);
    if (when === null) return [];
    const explained = date(c.explained);
    const published = date(c.published);
    const deadline = deadlines?.get(changeKey(power.file, index));
    let outcome: ChangeView['outcome'] = null;
    if (deadline) {
      outcome = deadline.done === null ? '未完成' : deadline.done <= deadline.due ? '按期完成' : '逾期完成';
    }
    return [{
      date: when, kind: str(c.kind) ?? '', summary: str(c.summary), explained, published,
      due: deadline?.due ?? null, outcome,
      git: (code && options.commitOf?.(code, { date: when, kind: str(c.kind) ?? '' })) || null,
    }];
  });
}

type PostIndex = Map<string, Record<string, unknown>>;

/** "车辆管理所 受理岗": a post's unit and title, or its id when the department does not know it. */
function postLabelOf(postId: string, posts: PostIndex): string {
  const post = posts.get(postId);
  const label = post ? [str(post.unit), str(post.title)].filter((x) => x !== null).join(' ') : '';
  return label || postId;
}

function responsibilityView(value: unknown, posts: PostIndex): ResponsibilityView | null {
  if (!isRec(value)) return null;
  const duties = list(value.duties).filter(isRec).map((d) => ({ stage: str(d.stage) ?? '', duty: str(d.duty) ?? '' })).filter((d) => d.stage || d.duty);
  const accountability = strings(value.accountability);
  if (duties.length === 0 && accountability.length === 0) return null;
  return { duties, accountability, posts: strings(value.posts).map((id) => postLabelOf(id, posts)) };
}

function delegationView(value: unknown, laws: ReadonlyMap<string, Law>): DelegationView | null {
  if (!isRec(value)) return null;
  const type = str(value.type);
  if (type === null) return null;
  const by = str(value.by);
  const basis = citation(value.basis, laws);
  const text = type === '委托'
    ? `受${by ?? '行政机关'}委托，以委托机关的名义实施`
    : type === '授权' ? '法律、法规授权的组织，以自己的名义实施' : type;
  return { type, by, basis, text };
}

/** The workflow dates; the 公示 of a withheld power never shows (there is none to show). */
function reviewView(value: unknown, disclosure: Record<string, unknown>): ReviewView | null {
  if (!isRec(value)) return null;
  const p = rec(value.publicity);
  const from = date(p.from);
  const to = date(p.to);
  const view: ReviewView = {
    declared: date(value.declared),
    signedBy: str(value.signed_by),
    reviewed: date(value.reviewed),
    publicity: from !== null && to !== null && disclosure.mode !== '不予公开' ? { from, to } : null,
  };
  return view.declared || view.reviewed || view.publicity ? view : null;
}

/**
 * Links the 主办/协办 pairs of a catalogue: each power sees only partners in the same catalogue
 * (a partner of another audience is not named at all, so nothing of a withheld or internal power
 * reaches a public page through its public partner).
 */
function linkJointPowers(views: PowerView[], powers: readonly Power[]): void {
  const dataByCode = new Map<string, Record<string, unknown>>();
  for (const p of powers) {
    const code = str(rec(p.data).code);
    if (code !== null) dataByCode.set(code, rec(p.data));
  }
  const viewByCode = new Map(views.map((v) => [v.code, v]));
  const partner = (v: PowerView): PartnerView => ({ code: v.code, name: v.name, department: v.department.name, href: v.href });
  for (const v of views) {
    const role = str(dataByCode.get(v.code)?.role);
    if (role === '主办' || role === '协办') v.joint = { role, partners: [] };
  }
  for (const v of views) {
    if (v.joint?.role !== '协办') continue;
    const lead = viewByCode.get(str(dataByCode.get(v.code)?.lead) ?? '');
    if (lead?.joint?.role !== '主办') continue;
    v.joint.partners.push(partner(lead));
    lead.joint.partners.push(partner(v));
  }
  for (const v of views) v.joint?.partners.sort((x, y) => byText(x.code, y.code));
}

/** Each department's posts by id, built once per department. */
function postIndex(registry: Registry): (folder: string) => PostIndex {
  const cache = new Map<string, PostIndex>();
  return (folder) => {
    let index = cache.get(folder);
    if (!index) {
      index = new Map(list(registry.departments.get(folder)?.posts).filter(isRec).map((p) => [String(p.id), p]));
      cache.set(folder, index);
    }
    return index;
  };
}

/** The full view of one power (for the audience that may see it: the caller has filtered). */
function powerView(registry: Registry, power: Power, href: string, options: BuildOptions, postsOf: (folder: string) => PostIndex): PowerView {
  const d = rec(power.data);
  const posts = postsOf(power.folder);
  const category = str(d.category) ?? '';
  const code = str(d.code) ?? '';
  const name = str(d.name) ?? '（未填写名称）';
  const flow = rec(d.flow);
  const timeUnit = timeUnitOf(flow.unit);
  const steps: StepView[] = list(flow.steps).map((value, i) => {
    const s = rec(value);
    const postId = str(s.post) ?? '';
    const post = posts.get(postId);
    return {
      number: i + 1,
      name: str(s.name) ?? `环节${i + 1}`,
      post: postId,
      postTitle: post ? str(post.title) : null,
      postUnit: post ? str(post.unit) : null,
      postLabel: postLabelOf(postId, posts),
      days: num(s.days),
      daysText: limitText(num(s.days), timeUnit),
      supervision: str(s.supervision),
      isDisclosed: s.disclose === true,
    };
  });
  const fee = rec(d.fee);
  const risk = rec(d.risk);
  const riskLevel = str(risk.level);
  const disclosure = rec(d.disclosure);
  const department = departmentRef(registry, power);
  const basis = list(d.basis).map((b) => citation(b, registry.laws)).filter((c): c is CitationView => c !== null);
  const view: PowerView = {
    code, name, category,
    categoryAbbr: CATEGORY_ABBR[category as keyof typeof CATEGORY_ABBR] ?? '',
    department,
    subject: str(d.subject),
    unit: str(d.unit),
    href,
    basis,
    fee: { isCharged: fee.charged === true, basis: fee.charged === true ? citation(fee.basis, registry.laws) : null, standard: fee.charged === true ? str(fee.standard) : null },
    statutoryDays: num(flow.statutory_days),
    promisedDays: num(flow.promised_days),
    timeUnit,
    statutoryText: limitText(num(flow.statutory_days), timeUnit),
    promisedText: limitText(num(flow.promised_days), timeUnit),
    steps,
    flowchart: layoutFlowchart(name, steps),
    discretion: list(d.discretion).filter(isRec).map((r) => {
      const min = num(r.min);
      const max = num(r.max);
      const unit = str(r.unit) ?? '';
      return {
        situation: str(r.situation) ?? '', min, max, unit, article: str(r.article),
        range: `${min !== null && min === max ? formatNumber(min) : `${formatNumber(min)}–${formatNumber(max)}`}${unit ? ` ${unit}` : ''}`,
      };
    }),
    remedy: strings(d.remedy),
    complaint: str(d.complaint),
    risk: riskLevel === null ? null : {
      level: riskLevel,
      colour: RISK_COLOURS[riskLevel]?.colour ?? '',
      cls: RISK_COLOURS[riskLevel]?.cls ?? 'risk-unknown',
      points: strings(risk.points),
      controls: strings(risk.controls),
    },
    disclosure: {
      mode: str(disclosure.mode) ?? '',
      scope: str(disclosure.scope),
      forms: strings(disclosure.forms),
      period: str(disclosure.period),
      interval: str(disclosure.interval),
      content: str(disclosure.content),
      reason: disclosure.mode === '内部公开' ? str(disclosure.reason) : null,
    },
    status: str(d.status) ?? '',
    filed: date(d.filed),
    published: date(d.published),
    changes: changeViews(power, options),
    responsibility: responsibilityView(d.responsibility, posts),
    delegation: delegationView(d.delegation, registry.laws),
    joint: null,
    review: reviewView(d.review, disclosure),
    searchText: '',
  };
  view.searchText = [
    code, name, category, department.name, view.subject, view.unit,
    ...basis.flatMap((b) => [b.law, b.title]),
  ].filter((x): x is string => typeof x === 'string').join(' ').normalize('NFKC').toLowerCase();
  return view;
}

function comparePowers(a: PowerView, b: PowerView): number {
  return byText(a.department.code ?? '', b.department.code ?? '') || byText(a.department.id, b.department.id) || byText(a.code, b.code) || byText(a.href, b.href);
}

/** Gives each power a unique page name (a duplicate code under --force gets a -2 suffix). */
function assignHrefs(powers: readonly Power[]): Map<Power, string> {
  const sorted = [...powers].sort((a, b) => byText(str(rec(a.data).code) ?? '', str(rec(b.data).code) ?? '') || byText(a.file, b.file));
  const used = new Set<string>();
  const out = new Map<Power, string>();
  for (const p of sorted) {
    const base = pageNameOf(str(rec(p.data).code) ?? '');
    let name = base;
    for (let i = 2; used.has(name.toLowerCase()); i++) name = `${base}-${i}`;
    used.add(name.toLowerCase());
    out.set(p, `powers/${name}.html`);
  }
  return out;
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

function catalogue(registry: Registry, audience: 'public' | 'internal', powers: readonly Power[], options: BuildOptions): CatalogueView {
  const hrefs = assignHrefs(powers);
  const postsOf = postIndex(registry);
  const views = powers.map((p) => powerView(registry, p, hrefs.get(p)!, options, postsOf)).sort(comparePowers);
  linkJointPowers(views, powers);
  const byDepartment = [...groupBy(views, (v) => v.department.id).values()].map((group): GroupView => ({
    anchor: group[0].department.anchor, name: group[0].department.name, count: group.length, powers: group,
  }));
  const byCat = groupBy(views, (v) => v.category);
  const categories = [...byCat.keys()].sort((a, b) => {
    const ia = CATEGORY_ORDER.indexOf(a);
    const ib = CATEGORY_ORDER.indexOf(b);
    return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib) || byText(a, b);
  });
  const byCategory = categories.map((c): GroupView => {
    const group = byCat.get(c)!;
    return { anchor: anchorOf('cat', group[0].categoryAbbr || c), name: c || '（未填写类别）', count: group.length, powers: group };
  });
  const changes = views.flatMap((v) => v.changes.map((c): ChangeLogEntry => ({
    ...c, power: { code: v.code, name: v.name, href: v.href }, department: v.department,
  })));
  // Newest first; ties in a stable, machine-independent order.
  changes.sort((a, b) => byText(b.date, a.date) || byText(a.power.code, b.power.code) || byText(a.kind, b.kind) || byText(a.summary ?? '', b.summary ?? ''));
  return {
    audience,
    jurisdiction: str(registry.config?.jurisdiction) ?? '',
    filingAuthority: str(registry.config?.filing_authority),
    forced: options.forced ?? null,
    powers: views,
    byDepartment,
    byCategory,
    changes,
  };
}

function withheldList(registry: Registry, powers: readonly Power[], options: BuildOptions): WithheldListView {
  const items = powers.map((p): WithheldView => {
    const d = rec(p.data);
    const w = rec(rec(d.disclosure).withhold);
    return {
      code: str(d.code) ?? '',
      name: str(d.name) ?? '（未填写名称）',
      category: str(d.category) ?? '',
      department: departmentRef(registry, p),
      withholdClass: str(w.class),
      reason: str(w.reason),
      basis: citation(w.basis, registry.laws),
      until: date(w.until),
      reviewed: date(w.reviewed),
      status: str(d.status) ?? '',
    };
  }).sort((a, b) => byText(a.department.code ?? '', b.department.code ?? '') || byText(a.department.id, b.department.id) || byText(a.code, b.code));
  const byDepartment = [...groupBy(items, (i) => i.department.id).values()].map((group) => ({
    anchor: group[0].department.anchor, name: group[0].department.name, count: group.length, items: group,
  }));
  return {
    jurisdiction: str(registry.config?.jurisdiction) ?? '',
    filingAuthority: str(registry.config?.filing_authority),
    forced: options.forced ?? null,
    items,
    byDepartment,
  };
}

/** The powers of one audience (the audience filter applied to a whole registry). */
export function powersFor(registry: Pick<Registry, 'powers'>, audience: Audience): Power[] {
  return registry.powers.filter((p) => audienceOf(p) === audience);
}

/** Registry → the view models of the three audiences. Pure: no I/O, no clock. */
export function buildViews(registry: Registry, options: BuildOptions = {}): PublishViews {
  return {
    site: catalogue(registry, 'public', powersFor(registry, 'public'), options),
    internal: catalogue(registry, 'internal', powersFor(registry, 'internal'), options),
    withheld: withheldList(registry, powersFor(registry, 'withheld'), options),
  };
}
