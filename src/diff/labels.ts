// Naming changed fields for people: the schema's Chinese titles along the path (zh), the dotted
// path (en), and values written the way the YAML shows them.
import yaml from 'js-yaml';
import type { Lang } from '../i18n/index.js';
import { formatPath, type FieldChange } from './fields.js';
import { childCursor, schemaCursor, titleOf, type DocKind } from './schema.js';

/** Drops a trailing parenthetical, "行使依据（印证一：法律、法规和规章）" → "行使依据" (kept on the last field). */
const short = (title: string): string => title.replace(/（[^（）]*）$/, '') || title;

/**
 * The label of a changed field: "运行流程 › 办理环节 第 2 项（审查） › 环节时限",
 * "行使依据〔道路交通安全法〕 › 条款" (zh); `flow.steps[1].days` (en).
 */
export function fieldLabel(kind: DocKind, change: Pick<FieldChange, 'path' | 'tags'>, lang: Lang): string {
  const { path, tags } = change;
  if (lang === 'en') return formatPath(path) || '(whole document)';
  const parts: string[] = [];
  let cursor = schemaCursor(kind);
  path.forEach((segment, i) => {
    cursor = childCursor(cursor, segment);
    if (typeof segment === 'number') {
      const tag = tags[i];
      const suffix = tag?.key !== undefined ? `〔${tag.key}〕` : ` 第 ${segment + 1} 项${tag?.hint ? `（${tag.hint}）` : ''}`;
      if (parts.length === 0) parts.push(suffix.trim());
      else parts[parts.length - 1] += suffix;
      return;
    }
    const title = titleOf(cursor) ?? segment;
    const isLast = path.slice(i + 1).every((s) => typeof s === 'number');
    const text = isLast ? title : short(title);
    if (parts[parts.length - 1] !== text) parts.push(text);
  });
  return parts.length > 0 ? parts.join(' › ') : '（整个文件）';
}

/** A value as a reader sees it: words as written, （无） for absent, lists and maps in YAML flow style. */
export function formatValue(value: unknown, lang: Lang): string {
  if (value === null || value === undefined) return lang === 'zh' ? '（无）' : '(none)';
  if (typeof value === 'boolean') return lang === 'zh' ? (value ? '是' : '否') : String(value);
  if (typeof value === 'string') return /[\n\r]/.test(value) ? JSON.stringify(value) : value;
  if (typeof value === 'number') return String(value);
  try {
    return yaml.dump(value, { flowLevel: 0, lineWidth: -1, schema: yaml.CORE_SCHEMA }).trim();
  } catch {
    return JSON.stringify(value);
  }
}
