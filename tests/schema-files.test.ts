// The JSON Schemas in schema/ (SPEC §2): each compiles alone under Ajv's strict mode, names every
// field in Chinese for editors' hover help and the `schema` rule's messages, accepts SPEC §2's
// example documents and rejects the typical mistakes. Assertions are on Ajv keywords, paths and
// params, never on Ajv's English messages.
import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS: `.default` is the plugin both under Node's interop and TypeScript's.
const addFormats = addFormatsModule.default;

const KINDS = ['registry', 'laws', 'superior', 'department', 'power', 'calendar'] as const;
type Kind = (typeof KINDS)[number];

type JsonSchema = { [key: string]: unknown };

function loadSchema(kind: Kind): JsonSchema {
  const url = new URL(`../schema/${kind}.schema.json`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as JsonSchema;
}

/** Each schema in its own Ajv instance, so none can lean on another (no cross-file refs). */
function compile(kind: Kind): ValidateFunction {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv.compile(loadSchema(kind));
}

const validators = new Map<Kind, ValidateFunction>();
function validator(kind: Kind): ValidateFunction {
  let v = validators.get(kind);
  if (!v) {
    v = compile(kind);
    validators.set(kind, v);
  }
  return v;
}

function check(kind: Kind, doc: unknown): ErrorObject[] {
  const v = validator(kind);
  return v(doc) ? [] : [...(v.errors ?? [])];
}

/**
 * The errors as `keyword instancePath [param]`, which is what the `schema` rule turns into findings.
 * Ajv adds an `if` error ("must match then schema") beside the `required` error a conditional
 * produces; it says nothing more, so it is left out here (and the `schema` rule should drop it too).
 */
function summary(errors: ErrorObject[]): string[] {
  return errors.filter((e) => e.keyword !== 'if').map((e) => {
    const p = e.params as Record<string, unknown>;
    const extra = p.missingProperty ?? p.additionalProperty ?? p.format ?? '';
    return `${e.keyword} ${e.instancePath}${extra === '' ? '' : ` ${String(extra)}`}`;
  });
}

const clone = <T>(x: T): T => structuredClone(x);
const CJK = /[\u3400-\u9fff]/;
const isObject = (x: unknown): x is JsonSchema => typeof x === 'object' && x !== null && !Array.isArray(x);

type Problem = { where: string; what: string };

/**
 * Walks a schema. A "field schema" (the root, each `properties` entry, `items`,
 * `additionalProperties`, `propertyNames`, each `$defs` entry) must carry a Chinese title and
 * description. `if` subschemas are conditions, not fields, and are skipped; inside `then`/`else`
 * a property may be `true`, which only declares its name for Ajv's strictRequired check.
 */
function walk(schema: unknown, where: string, problems: Problem[], isField: boolean, inConditional = false): void {
  if (typeof schema === 'boolean') {
    if (!inConditional) problems.push({ where, what: 'boolean schema where a described field is expected' });
    return;
  }
  if (!isObject(schema)) {
    problems.push({ where, what: 'not a schema object' });
    return;
  }
  if (isField) {
    for (const key of ['title', 'description'] as const) {
      const value = schema[key];
      if (typeof value !== 'string' || value.trim() === '') problems.push({ where, what: `missing ${key}` });
      else if (!CJK.test(value)) problems.push({ where, what: `${key} has no Chinese: ${value}` });
    }
  }
  if (typeof schema.$ref === 'string' && !schema.$ref.startsWith('#/$defs/')) {
    problems.push({ where, what: `non-local $ref ${schema.$ref}` });
  }
  if (isObject(schema.properties)) {
    for (const [name, sub] of Object.entries(schema.properties)) {
      walk(sub, `${where}/properties/${name}`, problems, true, inConditional);
    }
  }
  if (isObject(schema.$defs)) {
    for (const [name, sub] of Object.entries(schema.$defs)) walk(sub, `${where}/$defs/${name}`, problems, true);
  }
  for (const key of ['items', 'additionalProperties', 'propertyNames'] as const) {
    if (isObject(schema[key])) walk(schema[key], `${where}/${key}`, problems, true, inConditional);
  }
  for (const key of ['then', 'else'] as const) {
    if (schema[key] !== undefined) walk(schema[key], `${where}/${key}`, problems, false, true);
  }
  for (const key of ['allOf', 'anyOf', 'oneOf'] as const) {
    const list = schema[key];
    if (Array.isArray(list)) list.forEach((sub, i) => walk(sub, `${where}/${key}/${i}`, problems, false, inConditional));
  }
}

/** Every object schema must close itself (`additionalProperties: false`) so typos are caught. */
function openObjects(schema: unknown, where: string, out: string[]): void {
  if (!isObject(schema)) return;
  if (schema.type === 'object' && schema.additionalProperties !== false) out.push(where);
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'if' || key === 'examples' || key === 'default' || key === 'enum' || key === 'const') continue;
    if (isObject(value)) {
      if (key === 'properties' || key === '$defs') {
        for (const [name, sub] of Object.entries(value)) openObjects(sub, `${where}/${key}/${name}`, out);
      } else {
        openObjects(value, `${where}/${key}`, out);
      }
    } else if (Array.isArray(value)) {
      value.forEach((sub, i) => openObjects(sub, `${where}/${key}/${i}`, out));
    }
  }
}

// ---------------------------------------------------------------- SPEC §2 examples

const REGISTRY = {
  jurisdiction: '云港市',
  filing_authority: '云港市政务公开领导小组办公室',
  deadlines: { change: 20, basis_change: 20 },
};

const LAWS = [
  {
    id: '道路交通安全法',
    title: '中华人民共和国道路交通安全法',
    level: '法律',
    issuer: '全国人民代表大会常务委员会',
    doc_no: '主席令第四十七号',
    effective: '2004-05-01',
    amended: '2021-04-29',
    repealed: null,
  },
];

const SUPERIOR = [{ id: 'SZF-JT-01', owner: '云港市人民政府', text: '负责全市道路交通安全管理工作的统一领导' }];

const DEPARTMENT = {
  id: 'gaj',
  code: 'GAJ',
  name: '云港市公安局',
  superior: '某某省公安厅',
  sanding: '云港市公安局三定规定',
  adjusted: '2026-03-01',
  functions: [{ id: 'F01', text: '负责道路交通安全管理……' }],
  posts: [{ id: 'cgs-sl', unit: '车辆管理所', title: '受理岗', duties: '负责驾驶证申领材料的受理……' }],
};

const POWER = {
  code: 'XK-GAJ-0001',
  name: '机动车驾驶证核发',
  category: '行政许可',
  subject: '云港市公安局',
  unit: '车辆管理所',
  posts: ['cgs-sl', 'cgs-sp'],
  functions: ['F01'],
  superior_functions: ['SZF-JT-01'],
  basis: [{ law: '道路交通安全法', articles: '第十九条' }],
  fee: { charged: true, basis: { law: '某收费标准规定', articles: '第三条' }, standard: '工本费每证10元' },
  flow: {
    unit: '工作日',
    statutory_days: 20,
    promised_days: 5,
    steps: [
      { name: '受理', post: 'cgs-sl', days: 1, disclose: true },
      { name: '审查', post: 'cgs-sp', days: 3, supervision: '法制审核' },
      { name: '决定', post: 'cgs-sp', days: 1, disclose: true },
    ],
  },
  discretion: [{ situation: '首次违法', min: 200, max: 500, unit: '元' }],
  remedy: ['行政复议', '行政诉讼'],
  complaint: '云港市12345政务服务便民热线',
  risk: { level: '二级', points: ['材料审查把关不严'], controls: ['两人以上审查', '系统留痕'] },
  disclosure: {
    mode: '主动公开',
    scope: '社会',
    forms: ['网络公开', '公开栏', '电子触摸屏'],
    period: '长期公开',
    content: '办理条件、材料、流程、时限、收费标准及结果',
    // SPEC §2 shows the block on every power; whether it belongs there is `withhold-basis`'s call.
    withhold: { class: '国家秘密', basis: { law: '保守国家秘密法', articles: '第九条' }, reason: '……' },
  },
  status: '已公布',
  filed: '2026-01-15',
  published: '2026-01-20',
  changes: [
    {
      date: '2026-10-09',
      kind: '依据变化',
      summary: '依据修订,调整申请材料',
      explained: '2026-10-20',
      published: '2026-10-30',
    },
  ],
};

/** SPEC §4's calendar example, with real values (2025) in place of its placeholders. */
const CALENDAR = {
  year: 2025,
  source: '国务院办公厅关于2025年部分节假日安排的通知',
  doc_no: '国办发明电〔2024〕12号',
  issued: '2024-11-12',
  amended_by: [],
  holidays: [
    { name: '元旦', from: '2025-01-01', to: '2025-01-01' },
    { name: '春节', from: '2025-01-28', to: '2025-02-04' },
  ],
  workdays: ['2025-01-26', '2025-02-08'],
};

/** The smallest power the schema accepts. */
const MINIMAL_POWER = {
  code: 'CF-GAJ-0001',
  name: '对驾驶拼装机动车的处罚',
  category: '行政处罚',
  subject: '云港市公安局',
  unit: '交通警察支队',
  posts: ['jj-cf'],
  functions: ['F01'],
  superior_functions: ['SZF-JT-01'],
  basis: [{ law: '道路交通安全法' }],
  flow: { unit: '日', statutory_days: 90, promised_days: 30, steps: [{ name: '立案', post: 'jj-cf', days: 0 }] },
  disclosure: { mode: '主动公开', scope: '社会', forms: ['网络公开'], period: '长期公开', content: '处罚依据和结果' },
  status: '草稿',
};

const WITHHELD_POWER = {
  ...clone(MINIMAL_POWER),
  code: 'JC-GAJ-0002',
  category: '行政检查',
  disclosure: {
    mode: '不予公开',
    scope: '单位内部',
    withhold: { class: '国家秘密', basis: { law: '保守国家秘密法', articles: '第九条' }, reason: '涉及侦查工作秘密' },
  },
};

// ---------------------------------------------------------------- tests

describe('schema files', () => {
  describe.each(KINDS)('%s.schema.json', (kind) => {
    it('is Draft 2020-12 with a stable $id', () => {
      const schema = loadSchema(kind);
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.$id).toBe(`https://powers.local/schema/${kind}.schema.json`);
    });

    it('compiles alone under strict mode with formats', () => {
      expect(() => compile(kind)).not.toThrow();
    });

    it('gives every field a Chinese title and description', () => {
      const problems: Problem[] = [];
      walk(loadSchema(kind), '#', problems, true);
      expect(problems).toEqual([]);
    });

    it('closes every object with additionalProperties: false', () => {
      const open: string[] = [];
      openObjects(loadSchema(kind), '#', open);
      // registry.yaml's deadlines take extra named periods (review: 15, publicity: 7, …).
      expect(open).toEqual(kind === 'registry' ? ['#/properties/deadlines'] : []);
    });
  });

  it('the field walker notices what it is meant to catch', () => {
    const problems: Problem[] = [];
    const bad = {
      title: '例',
      description: '例子。',
      type: 'object',
      properties: {
        a: { type: 'string', description: '没有标题。' },
        b: { title: 'B', description: 'English only.', type: 'string' },
        c: { title: '列表', description: '列表。', type: 'array', items: { type: 'string' } },
        d: true,
      },
      $defs: { x: { $ref: 'other.schema.json#/$defs/x' } },
    };
    walk(bad, '#', problems, true);
    expect(problems.map((p) => `${p.where}: ${p.what.split(':')[0]}`)).toEqual([
      '#/properties/a: missing title',
      '#/properties/b: title has no Chinese',
      '#/properties/b: description has no Chinese',
      '#/properties/c/items: missing title',
      '#/properties/c/items: missing description',
      '#/properties/d: boolean schema where a described field is expected',
      '#/$defs/x: missing title',
      '#/$defs/x: missing description',
      '#/$defs/x: non-local $ref other.schema.json#/$defs/x',
    ]);
    const open: string[] = [];
    openObjects({ type: 'object', properties: { n: { type: 'object', properties: {} } }, additionalProperties: false }, '#', open);
    expect(open).toEqual(['#/properties/n']);
  });

  describe('SPEC examples are valid', () => {
    it.each([
      ['registry', REGISTRY],
      ['laws', LAWS],
      ['superior', SUPERIOR],
      ['department', DEPARTMENT],
      ['power', POWER],
      ['calendar', CALENDAR],
    ] as const)('%s', (kind, doc) => {
      expect(summary(check(kind, doc))).toEqual([]);
    });
  });

  describe('power.schema.json', () => {
    it('accepts a minimal power', () => {
      expect(summary(check('power', MINIMAL_POWER))).toEqual([]);
    });

    it('rejects a missing required field', () => {
      const doc: Record<string, unknown> = clone(POWER);
      delete doc.subject;
      expect(summary(check('power', doc))).toEqual(['required  subject']);
    });

    it('requires the time unit of the flow (fact 15), one of 工作日 and 日', () => {
      const doc = clone(POWER) as unknown as { flow: Record<string, unknown> };
      delete doc.flow.unit;
      expect(summary(check('power', doc))).toEqual(['required /flow unit']);
      expect(summary(check('power', { ...clone(POWER), flow: { ...clone(POWER).flow, unit: '自然日' } }))).toEqual(['enum /flow/unit']);
    });

    it('rejects an enum typo in traditional characters', () => {
      expect(summary(check('power', { ...clone(POWER), category: '行政許可' }))).toEqual(['enum /category']);
    });

    it('rejects an unknown key', () => {
      const doc: Record<string, unknown> = clone(POWER);
      delete doc.category;
      doc.catgory = '行政许可';
      expect(summary(check('power', doc)).sort()).toEqual(['additionalProperties  catgory', 'required  category']);
    });

    it('rejects unknown keys at depth', () => {
      const doc = clone(POWER);
      (doc.flow.steps[0] as Record<string, unknown>).dyas = 1;
      (doc.disclosure.withhold as Record<string, unknown>).reasn = '涉密';
      expect(summary(check('power', doc))).toEqual([
        'additionalProperties /flow/steps/0 dyas',
        'additionalProperties /disclosure/withhold reasn',
      ]);
    });

    it.each(['主动公开', '依申请公开', '内部公开'])('requires forms, period and content when the mode is %s', (mode) => {
      const doc = clone(MINIMAL_POWER);
      doc.disclosure = { mode, scope: '单位内部' } as typeof doc.disclosure;
      expect(summary(check('power', doc)).sort()).toEqual([
        'required /disclosure content',
        'required /disclosure forms',
        'required /disclosure period',
      ]);
    });

    it('pairs each conditional requirement with an `if` error at the same place', () => {
      const doc = clone(POWER);
      delete (doc.disclosure as Record<string, unknown>).forms;
      const errors = check('power', doc);
      expect(errors.map((e) => `${e.keyword} ${e.instancePath}`).sort()).toEqual(['if /disclosure', 'required /disclosure']);
    });

    it('requires only forms when the other two are given', () => {
      const doc = clone(POWER);
      delete (doc.disclosure as Record<string, unknown>).forms;
      expect(summary(check('power', doc))).toEqual(['required /disclosure forms']);
    });

    it('does not require forms, period or content when the mode is 不予公开', () => {
      expect(summary(check('power', WITHHELD_POWER))).toEqual([]);
    });

    it('reports only the enum error when the mode is misspelt (no cascade of conditionals)', () => {
      const doc = clone(WITHHELD_POWER);
      doc.disclosure.mode = '不予公開';
      expect(summary(check('power', doc))).toEqual(['enum /disclosure/mode']);
    });

    it('requires interval when the period is 定期公开', () => {
      const doc = clone(POWER);
      doc.disclosure.period = '定期公开';
      expect(summary(check('power', doc))).toEqual(['required /disclosure interval']);
      expect(summary(check('power', { ...doc, disclosure: { ...doc.disclosure, interval: '半年' } }))).toEqual([]);
    });

    it('rejects a date that does not exist', () => {
      expect(summary(check('power', { ...clone(POWER), filed: '2026-02-30' }))).toEqual(['format /filed date']);
      const doc = clone(POWER);
      doc.changes[0].explained = '2026-10-32';
      expect(summary(check('power', doc))).toEqual(['format /changes/0/explained date']);
    });

    it('rejects dates not written as YYYY-MM-DD', () => {
      for (const bad of ['2026-1-15', '2026/01/15', '20260115']) {
        expect(summary(check('power', { ...clone(POWER), published: bad }))).toEqual(['format /published date']);
      }
    });

    it('accepts 29 February in a leap year only', () => {
      expect(check('power', { ...clone(POWER), filed: '2028-02-29' })).toEqual([]);
      expect(summary(check('power', { ...clone(POWER), filed: '2026-02-29' }))).toEqual(['format /filed date']);
    });

    it('checks day counts: integers, statutory and promised at least 1, step days at least 0', () => {
      const doc = clone(POWER);
      doc.flow.statutory_days = 0;
      doc.flow.promised_days = 2.5;
      doc.flow.steps[0].days = -1;
      expect(summary(check('power', doc))).toEqual([
        'minimum /flow/statutory_days',
        'type /flow/promised_days',
        'minimum /flow/steps/0/days',
      ]);
    });

    it('requires at least one flow step', () => {
      const doc = clone(POWER);
      doc.flow.steps = [];
      expect(summary(check('power', doc))).toEqual(['minItems /flow/steps']);
    });

    it('checks discretion rows', () => {
      const doc = clone(POWER);
      doc.discretion = [{ situation: '情节严重', min: -1 } as (typeof doc.discretion)[number]];
      expect(summary(check('power', doc)).sort()).toEqual(['minimum /discretion/0/min', 'required /discretion/0 max']);
    });

    it('checks the enums of risk, status, change kind and withhold class', () => {
      const doc = clone(POWER);
      doc.risk.level = '四级';
      doc.status = '已发布';
      doc.changes[0].kind = '修改';
      doc.disclosure.withhold.class = '工作秘密';
      expect(summary(check('power', doc))).toEqual([
        'enum /risk/level',
        'enum /disclosure/withhold/class',
        'enum /status',
        'enum /changes/0/kind',
      ]);
    });

    it('rejects empty and blank text', () => {
      const doc = clone(POWER);
      doc.name = '';
      doc.subject = '   ';
      expect(summary(check('power', doc))).toEqual(['pattern /name', 'pattern /subject']);
    });

    it('rejects a repeated id in a list', () => {
      expect(summary(check('power', { ...clone(POWER), posts: ['cgs-sl', 'cgs-sl'] }))).toEqual(['uniqueItems /posts']);
    });

    // Value-dependent requirements belong to the named rules of SPEC §3, not to the schema.
    it('leaves code format, withhold presence and fee basis to the named rules', () => {
      expect(check('power', { ...clone(MINIMAL_POWER), code: 'xk-1' })).toEqual([]);
      const withheldWithout = clone(WITHHELD_POWER);
      delete (withheldWithout.disclosure as Record<string, unknown>).withhold;
      expect(check('power', withheldWithout)).toEqual([]);
      expect(check('power', { ...clone(MINIMAL_POWER), fee: { charged: true } })).toEqual([]);
      expect(check('power', { ...clone(MINIMAL_POWER), fee: { charged: false } })).toEqual([]);
    });
  });

  describe('laws.schema.json', () => {
    it('accepts the minimum and null amended/repealed dates', () => {
      expect(check('laws', [{ id: '某三定', title: '某局三定规定', level: '三定规定', amended: null }])).toEqual([]);
      expect(check('laws', [])).toEqual([]);
    });

    it('rejects a bad level, a missing title, a bad date and an unknown key', () => {
      const errors = check('laws', [
        { id: 'a', title: 'A', level: '法规' },
        { id: 'b', level: '法律' },
        { id: 'c', title: 'C', level: '法律', repealed: '2026-02-30' },
        { id: 'd', title: 'D', level: '法律', amend: '2021-04-29' },
      ]);
      expect(summary(errors)).toEqual([
        'enum /0/level',
        'required /1 title',
        'format /2/repealed date',
        'additionalProperties /3 amend',
      ]);
    });

    it('must be a list', () => {
      expect(summary(check('laws', LAWS[0]))).toEqual(['type ']);
    });
  });

  describe('superior.schema.json', () => {
    it('requires an id', () => {
      expect(summary(check('superior', [{ owner: '云港市人民政府' }]))).toEqual(['required /0 id']);
    });
  });

  describe('department.schema.json', () => {
    it('checks the id and code patterns', () => {
      expect(summary(check('department', { ...clone(DEPARTMENT), id: 'GAJ', code: 'gaj' }))).toEqual([
        'pattern /id',
        'pattern /code',
      ]);
      expect(summary(check('department', { ...clone(DEPARTMENT), code: 'G' }))).toEqual(['pattern /code']);
      expect(check('department', { ...clone(DEPARTMENT), id: 'shi-gaj2', code: 'SCJGJ2' })).toEqual([]);
    });

    it('requires functions and posts, and each post its unit', () => {
      const doc: Record<string, unknown> = clone(DEPARTMENT);
      delete doc.functions;
      doc.posts = [{ id: 'cgs-sl' }];
      expect(summary(check('department', doc)).sort()).toEqual(['required  functions', 'required /posts/0 unit']);
    });

    it('accepts the minimum', () => {
      expect(check('department', { id: 'mzj', code: 'MZJ', name: '云港市民政局', functions: [], posts: [] })).toEqual([]);
    });
  });

  describe('registry.schema.json', () => {
    it('accepts a registry without deadlines, and extra named deadlines', () => {
      expect(check('registry', { jurisdiction: '云港市', filing_authority: '云港市政务公开领导小组办公室' })).toEqual([]);
      expect(check('registry', { ...REGISTRY, deadlines: { change: 20, basis_change: 20, review: 15, publicity: 7 } })).toEqual([]);
    });

    it('defaults both deadlines to 20', () => {
      const schema = loadSchema('registry') as { properties: { deadlines: { properties: Record<string, { default: unknown }> } } };
      expect(schema.properties.deadlines.properties.change.default).toBe(20);
      expect(schema.properties.deadlines.properties.basis_change.default).toBe(20);
    });

    it('rejects non-positive or fractional deadlines, bad deadline names and unknown keys', () => {
      const errors = check('registry', {
        ...REGISTRY,
        deadlines: { change: 0, basis_change: 1.5, review: 0, 审核: 15 },
        jurisdicton: '云港市',
      });
      expect(summary(errors).sort()).toEqual([
        'additionalProperties  jurisdicton',
        'minimum /deadlines/change',
        'minimum /deadlines/review',
        'pattern /deadlines',
        'propertyNames /deadlines',
        'type /deadlines/basis_change',
      ]);
    });

    it('requires jurisdiction and filing authority', () => {
      expect(summary(check('registry', {})).sort()).toEqual(['required  filing_authority', 'required  jurisdiction']);
    });
  });

  describe('calendar.schema.json', () => {
    it('accepts a year with only its source (holidays and workdays default to empty)', () => {
      expect(check('calendar', { year: 2027, source: '国务院办公厅关于2027年部分节假日安排的通知' })).toEqual([]);
      const schema = loadSchema('calendar') as { properties: Record<string, { default?: unknown }> };
      expect(schema.properties.holidays.default).toEqual([]);
      expect(schema.properties.workdays.default).toEqual([]);
    });

    it('accepts later notices in amended_by', () => {
      const doc = {
        ...clone(CALENDAR),
        amended_by: [{ source: '国务院办公厅关于延长2020年春节假期的通知', doc_no: '国办发明电〔2020〕1号', issued: '2020-01-27' }],
      };
      expect(check('calendar', doc)).toEqual([]);
    });

    it('rejects an out-of-range year, a missing source, an incomplete holiday and a bad workday', () => {
      const errors = check('calendar', {
        year: 1999,
        holidays: [{ name: '春节', from: '2025-01-28' }],
        workdays: ['2025-02-30'],
        amended_by: [{ doc_no: '国办发明电〔2020〕1号' }],
      });
      expect(summary(errors).sort()).toEqual([
        'format /workdays/0 date',
        'minimum /year',
        'required  source',
        'required /amended_by/0 source',
        'required /holidays/0 to',
      ]);
    });
  });
});
