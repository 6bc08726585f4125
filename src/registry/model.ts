// The typed model of a registry (SPEC §2). Values come from YAML as the user wrote them; the
// loader has checked only that each file parsed and has the right top-level shape, so fields of
// a schema-invalid file may still be missing or of the wrong type: rules guard what they read.
import type { PlainDate } from '../util/date.js';
import type { StrayFile } from './files.js';

/** A key path inside one YAML document, e.g. ['flow', 'steps', 1, 'days']. */
export type NodePath = (string | number)[];

/** What a registry file is, from where it lies. */
export type FileKind = 'registry' | 'laws' | 'superior' | 'calendar' | 'department' | 'power' | 'other';

/** One file of the registry, as read. */
export interface SourceFile {
  /** Relative to the registry root, `/` separators. */
  rel: string;
  abs: string;
  kind: FileKind;
  /** Decoded text (BOM removed); undefined when the file could not be read or decoded. */
  text?: string;
  /** The parsed YAML value; undefined when the file did not parse. */
  data?: unknown;
  /** Whether the file parsed and had the right top-level shape. */
  isParsed: boolean;
}

/** The 8 levels of legal documents (SPEC §2 laws). */
export type LawLevel =
  | '法律' | '行政法规' | '地方性法规' | '自治条例和单行条例' | '部门规章' | '地方政府规章' | '三定规定' | '规范性文件';

/** One entry of the basis library (laws/*.yaml). */
export interface Law {
  id: string;
  title: string;
  level: LawLevel;
  issuer?: string;
  doc_no?: string;
  effective?: PlainDate;
  amended?: PlainDate | null;
  repealed?: PlainDate | null;
  /** The ranges its articles allow (fines), to check discretion rows against. */
  ranges?: { articles: string; min: number; max: number; unit?: string }[];
  /** Where it is defined. */
  file: string;
  index: number;
}

/** One function of this-level government or a superior department (superior/*.yaml). */
export interface SuperiorFunction {
  id: string;
  owner?: string;
  text?: string;
  file: string;
  index: number;
}

export interface DepartmentFunction { id: string; text?: string }
export interface DepartmentPost { id: string; unit: string; title?: string; duties?: string }

/** departments/<dept>/department.yaml */
export interface Department {
  id: string;
  code: string;
  name: string;
  superior?: string;
  sanding?: string;
  adjusted?: PlainDate;
  functions: DepartmentFunction[];
  posts: DepartmentPost[];
  /** The folder name under departments/. */
  folder: string;
  file: string;
}

export interface LawCitation { law: string; articles?: string }

export interface FlowStep {
  name: string;
  post: string;
  days: number;
  disclose?: boolean;
  supervision?: string;
}

export interface ChangeRecord {
  date: PlainDate;
  kind: '事项变更' | '流程图变更' | '依据变化' | '职能调整' | '新增' | '废止';
  summary?: string;
  explained?: PlainDate;
  published?: PlainDate;
}

export type Category =
  | '行政许可' | '行政处罚' | '行政强制' | '行政征收' | '行政给付' | '行政检查'
  | '行政确认' | '行政奖励' | '行政裁决' | '其他行政权力' | '内部管理';
export type DisclosureMode = '主动公开' | '依申请公开' | '内部公开' | '不予公开';
export type DisclosureScope = '社会' | '一定范围' | '单位内部';
export type PowerStatus = '草稿' | '已申报' | '已审核' | '已备案' | '已公布' | '已废止';
export type RiskLevel = '一级' | '二级' | '三级';
/** How a flow's days are counted (fact 15). */
export type TimeUnit = '工作日' | '日';

/** departments/<dept>/powers/**\/<code>.yaml: one power, as written. */
export interface PowerData {
  code: string;
  name: string;
  category: Category;
  subject: string;
  /** 委托 / 授权: absent when the organ named in `subject` exercises the power itself. */
  delegation?: { type: '委托' | '授权'; by?: string; basis: LawCitation };
  unit: string;
  /** 共有职权: 主办 or 协办 (then `lead` names the 主办 power). */
  role?: '主办' | '协办';
  lead?: string;
  posts: string[];
  functions: string[];
  superior_functions: string[];
  basis: LawCitation[];
  fee?: { charged: boolean; basis?: LawCitation; standard?: string };
  flow: { unit: TimeUnit; statutory_days: number; promised_days: number; steps: FlowStep[] };
  discretion?: { situation: string; min: number; max: number; unit?: string; article?: string }[];
  remedy?: string[];
  complaint?: string;
  risk?: { level: RiskLevel; points?: string[]; controls?: string[] };
  /** 责任清单 (fact 18). */
  responsibility?: { duties: { stage: string; duty: string }[]; accountability: string[]; posts?: string[] };
  disclosure: {
    mode: DisclosureMode;
    scope: DisclosureScope;
    forms?: string[];
    period?: '长期公开' | '随时公开' | '定期公开';
    interval?: string;
    content?: string;
    /** Why an external power is only 内部公开 (fact 20). */
    reason?: string;
    withhold?: {
      class: '国家秘密' | '商业秘密' | '个人隐私' | '暂不宜公开';
      basis: LawCitation;
      reason: string;
      until?: PlainDate;
      reviewed?: PlainDate;
    };
  };
  /** The clearance workflow (fact 14). */
  review?: {
    declared?: PlainDate;
    signed_by?: string;
    reviewed?: PlainDate;
    publicity?: { from: PlainDate; to: PlainDate };
  };
  status: PowerStatus;
  filed?: PlainDate;
  published?: PlainDate;
  changes?: ChangeRecord[];
}

/**
 * A power with where it lives. `data` is what the file holds: when the file fails the schema,
 * fields may be missing or mistyped, so rules read them through the guards in checks/read.ts.
 */
export interface Power {
  data: PowerData;
  file: string;
  /** The department folder it lies under (departments/<folder>/powers/...). */
  folder: string;
}

/** registry.yaml */
export interface RegistryConfig {
  jurisdiction: string;
  filing_authority: string;
  deadlines: { change: number; basis_change: number; review: number; publicity: number; record_report: number; [key: string]: number };
  /** Absolute base URL of the rule docs (SARIF helpUri), when the registry publishes them. */
  rule_docs?: string;
}

/** A whole registry, loaded. */
export interface Registry {
  root: string;
  config: RegistryConfig;
  files: SourceFile[];
  laws: Map<string, Law>;
  superior: Map<string, SuperiorFunction>;
  /** By folder name. */
  departments: Map<string, Department>;
  powers: Power[];
  /** Files that look meant for the registry but lie where nothing reads them (`stray-file`). */
  strays?: StrayFile[];
}

/** Category → code abbreviation (SPEC §3 code-format). */
export const CATEGORY_ABBR: Record<Category, string> = {
  行政许可: 'XK', 行政处罚: 'CF', 行政强制: 'QZ', 行政征收: 'ZS', 行政给付: 'JF', 行政检查: 'JC',
  行政确认: 'QR', 行政奖励: 'JL', 行政裁决: 'CJ', 其他行政权力: 'QT', 内部管理: 'NB',
};
