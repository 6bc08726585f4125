// `powers new`: answers → a power file (SPEC §7). The questions, their flags and their defaults are
// one ordered table (QUESTIONS); the command asks them interactively or takes them from flags, and
// this module turns the answers into data, finds the next free code and writes the file once.
import { closeSync, existsSync, mkdirSync, openSync, writeSync } from 'node:fs';
import path from 'node:path';
import { normaliseName } from '../checks/overlap.js';
import { CATEGORY_ABBR, type Category, type DisclosureMode, type Registry, type TimeUnit } from '../registry/model.js';
import { newPowerText, schemaHeader } from './power-writer.js';
import { spreadDays, STANDARD_ITEMS, standardSteps } from './standard-items.js';
import { parseCitation, parseDuty, parseStep } from './text-forms.js';

/** Everything `powers new` asks, as text (flags and prompts both give text). */
export interface NewAnswers {
  name?: string;
  department?: string;
  category?: Category;
  law?: string[];
  function?: string[];
  post?: string[];
  superiorFunction?: string[];
  subject?: string;
  office?: string;
  disclosure?: DisclosureMode;
  withholdClass?: string;
  withholdBasis?: string;
  withholdUntil?: string;
  reason?: string;
  feeBasis?: string;
  feeStandard?: string;
  unit?: TimeUnit;
  statutory?: string;
  promised?: string;
  step?: string[];
  duty?: string[];
  accountability?: string[];
}

export const CATEGORIES = Object.keys(CATEGORY_ABBR) as Category[];
export const MODES: DisclosureMode[] = ['主动公开', '依申请公开', '内部公开', '不予公开'];
export const WITHHOLD_CLASSES = ['国家秘密', '商业秘密', '个人隐私', '暂不宜公开'];

/** One question: its answer key, its flag, and whether the law must answer it (never defaulted). */
export interface Question {
  key: keyof NewAnswers;
  flag: string;
  /** Asked only when this holds for the answers so far. */
  when?: (a: NewAnswers) => boolean;
  /** A default, when there is one (`--yes` takes it). */
  defaultOf?: (a: NewAnswers, registry: Registry) => string | string[] | undefined;
}

const isExternal = (a: NewAnswers) => a.category !== '内部管理';
const onlyDepartment = (r: Registry) => (r.departments.size === 1 ? [...r.departments.keys()][0] : undefined);

/** The questions in prompt order. Those without `defaultOf` are required. */
export const QUESTIONS: Question[] = [
  { key: 'name', flag: '--name' },
  { key: 'department', flag: '--department', defaultOf: (_a, r) => onlyDepartment(r) },
  { key: 'category', flag: '--category' },
  { key: 'law', flag: '--law' },
  { key: 'function', flag: '--function' },
  { key: 'post', flag: '--post' },
  { key: 'superiorFunction', flag: '--superior-function' },
  { key: 'subject', flag: '--subject', defaultOf: (a, r) => departmentOf(a, r)?.name },
  { key: 'office', flag: '--office', defaultOf: (a, r) => departmentOf(a, r)?.posts.find((p) => p.id === a.post?.[0])?.unit },
  { key: 'disclosure', flag: '--disclosure', defaultOf: () => '主动公开' },
  { key: 'withholdClass', flag: '--withhold-class', when: (a) => a.disclosure === '不予公开' },
  { key: 'withholdBasis', flag: '--withhold-basis', when: (a) => a.disclosure === '不予公开' },
  { key: 'withholdUntil', flag: '--withhold-until', when: (a) => a.disclosure === '不予公开' && a.withholdClass === '暂不宜公开' },
  { key: 'reason', flag: '--reason', when: (a) => (a.disclosure === '不予公开' || (a.disclosure === '内部公开' && isExternal(a))) },
  { key: 'feeBasis', flag: '--fee-basis', defaultOf: () => '' },
  { key: 'feeStandard', flag: '--fee-standard', when: (a) => Boolean(a.feeBasis) },
  { key: 'statutory', flag: '--statutory' },
  { key: 'unit', flag: '--unit', defaultOf: (a) => defaultUnit(a.category, Number(a.statutory)) },
  { key: 'promised', flag: '--promised', defaultOf: (a) => a.statutory },
  { key: 'step', flag: '--step', defaultOf: (a) => defaultSteps(a) },
  { key: 'duty', flag: '--duty', when: isExternal, defaultOf: (a) => standardOf(a)?.duties.map((d) => `${d.stage}：${d.duty}`) },
  { key: 'accountability', flag: '--accountability', when: isExternal, defaultOf: (a) => standardOf(a)?.accountability },
];

const standardOf = (a: NewAnswers) => (a.category && a.category !== '内部管理' ? STANDARD_ITEMS[a.category] : undefined);

export function departmentOf(a: NewAnswers, r: Registry) {
  return a.department === undefined ? undefined : r.departments.get(a.department);
}

/**
 * The unit fact 15 expects: 工作日 for a licence; a penalty's 2/3/5/7-day limits and a coercive
 * measure's limits of ten days or less are working days, longer ones calendar days.
 */
export function defaultUnit(category: Category | undefined, statutory: number): TimeUnit {
  if (category === '行政处罚') return [2, 3, 5, 7].includes(statutory) ? '工作日' : '日';
  if (category === '行政强制') return statutory <= 10 ? '工作日' : '日';
  return '工作日';
}

/** The category's standard stages, handled by the chosen posts in turn, the promised days spread over them. */
export function defaultSteps(a: NewAnswers): string[] | undefined {
  if (!a.category || !a.post?.length || !/^\d+$/.test(a.promised ?? '')) return undefined;
  const stages = standardSteps(a.category);
  const days = spreadDays(Number(a.promised), stages.length);
  const posts = a.post;
  return stages.map((s, i) => `${s}：${posts[Math.min(i, posts.length - 1)]}：${days[i]}`);
}

/** Other powers, anywhere in the registry, whose normalised name is this one's. */
export function sameNamed(registry: Registry, name: string): { code: string; department: string }[] {
  const key = normaliseName(name);
  if (key === '') return [];
  return registry.powers
    .filter((p) => typeof p.data?.name === 'string' && normaliseName(p.data.name) === key && p.data.status !== '已废止')
    .map((p) => ({ code: String(p.data.code ?? p.file), department: registry.departments.get(p.folder)?.name ?? p.folder }));
}

/** The next free code `{abbr}-{dept}-NNNN` of a category in a department. */
export function nextFreeCode(registry: Registry, category: Category, deptCode: string, taken: Iterable<string> = []): string {
  const prefix = `${CATEGORY_ABBR[category]}-${deptCode}-`;
  let max = 0;
  const candidates = [...taken];
  for (const p of registry.powers) {
    const code = p.data?.code;
    candidates.push(typeof code === 'string' ? code : '', path.basename(p.file).replace(/\.ya?ml$/i, ''));
  }
  for (const c of candidates) if (c.startsWith(prefix) && /^\d{4}$/.test(c.slice(prefix.length))) max = Math.max(max, Number(c.slice(prefix.length)));
  return `${prefix}${String(max + 1).padStart(4, '0')}`;
}

const SCOPE_OF: Record<DisclosureMode, string> = { 主动公开: '社会', 依申请公开: '一定范围', 内部公开: '单位内部', 不予公开: '单位内部' };

/** The answers as power data (status 草稿), in any key order: the writer puts it in order. */
export function powerData(a: NewAnswers, code: string): Record<string, unknown> {
  const mode = a.disclosure ?? '主动公开';
  const disclosure: Record<string, unknown> = { mode, scope: SCOPE_OF[mode] };
  if (mode !== '不予公开') {
    disclosure.forms = mode === '内部公开' ? ['内部文件'] : ['政府网站', '公开栏'];
    disclosure.period = '长期公开';
    disclosure.content = mode === '内部公开' ? '办理依据、程序和结果' : '办理依据、条件、程序、时限和结果';
  }
  if (mode === '内部公开' && a.reason) disclosure.reason = a.reason;
  if (mode === '不予公开') {
    const withhold: Record<string, unknown> = {
      class: a.withholdClass, basis: a.withholdBasis ? parseCitation(a.withholdBasis) : undefined, reason: a.reason,
    };
    if (a.withholdUntil) withhold.until = a.withholdUntil;
    disclosure.withhold = withhold;
  }
  const steps = (a.step ?? []).map((s) => {
    const parsed = parseStep(s);
    return 'step' in parsed ? parsed.step : { name: s, post: '', days: 0 };
  });
  const data: Record<string, unknown> = {
    code, name: a.name, category: a.category, subject: a.subject, unit: a.office,
    posts: a.post, functions: a.function, superior_functions: a.superiorFunction,
    basis: (a.law ?? []).map(parseCitation),
    fee: a.feeBasis ? { charged: true, basis: parseCitation(a.feeBasis), standard: a.feeStandard } : { charged: false },
    flow: { unit: a.unit, statutory_days: Number(a.statutory), promised_days: Number(a.promised), steps },
    disclosure,
    status: '草稿',
  };
  if (a.category !== '内部管理') {
    data.responsibility = { duties: (a.duty ?? []).map(parseDuty), accountability: a.accountability ?? [] };
  }
  return JSON.parse(JSON.stringify(data)) as Record<string, unknown>; // drops undefined fields
}

/** Where the new power goes, its code and its text (nothing written yet). */
export function planNewPower(root: string, registry: Registry, a: NewAnswers): { code: string; rel: string; abs: string; text: string } {
  const dept = registry.departments.get(a.department ?? '');
  if (!dept || !a.category) throw new Error('planNewPower needs a known department and a category');
  let code = nextFreeCode(registry, a.category, dept.code);
  let rel = `departments/${dept.folder}/powers/${code}.yaml`;
  // A file of that name may exist without being a power the model knows (e.g. unparsable).
  while (existsSync(path.join(root, ...rel.split('/')))) {
    const n = Number(code.slice(-4)) + 1;
    code = `${code.slice(0, -4)}${String(n).padStart(4, '0')}`;
    rel = `departments/${dept.folder}/powers/${code}.yaml`;
  }
  const abs = path.join(root, ...rel.split('/'));
  return { code, rel, abs, text: newPowerText(powerData(a, code), schemaHeader(root, abs, 'power.schema.json')) };
}

/** Writes a new file; never replaces one (throws EEXIST). */
export function writeNew(abs: string, text: string): void {
  mkdirSync(path.dirname(abs), { recursive: true });
  const fd = openSync(abs, 'wx');
  try {
    writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
}
