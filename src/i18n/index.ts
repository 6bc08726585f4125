// Message catalogues: every user-facing sentence lives here, keyed by id, with {name} placeholders.
// Each area of the tool owns one file per language (src/i18n/<lang>/<area>.ts), so that parallel
// work on different commands never edits the same catalogue.
import * as zhCore from './zh/core.js';
import * as enCore from './en/core.js';
import * as zhValidate from './zh/validate.js';
import * as enValidate from './en/validate.js';
import * as zhCalendar from './zh/calendar.js';
import * as enCalendar from './en/calendar.js';
import * as zhDeadlines from './zh/deadlines.js';
import * as enDeadlines from './en/deadlines.js';
import * as zhPublish from './zh/publish.js';
import * as enPublish from './en/publish.js';
import * as zhGit from './zh/git.js';
import * as enGit from './en/git.js';
import * as zhInput from './zh/input.js';
import * as enInput from './en/input.js';
import * as zhCli from './zh/cli.js';
import * as enCli from './en/cli.js';
import * as zhLegal from './zh/legal.js';
import * as enLegal from './en/legal.js';
import * as zhPublishSafety from './zh/publish-safety.js';
import * as enPublishSafety from './en/publish-safety.js';
import * as zhAuthoring from './zh/authoring.js';
import * as enAuthoring from './en/authoring.js';
import * as zhRecords from './zh/records.js';
import * as enRecords from './en/records.js';
import * as zhScale from './zh/scale.js';
import * as enScale from './en/scale.js';

/** A language the CLI speaks. */
export type Lang = 'zh' | 'en';
/** A message id (keys of the catalogues). */
export type MessageId = string;

const catalogues: Record<Lang, Record<string, string>> = {
  zh: {
    ...zhCore.messages, ...zhValidate.messages, ...zhCalendar.messages, ...zhDeadlines.messages,
    ...zhPublish.messages, ...zhGit.messages,
    ...zhInput.messages,
    ...zhCli.messages,
    ...zhLegal.messages,
    ...zhPublishSafety.messages,
    ...zhAuthoring.messages,
    ...zhRecords.messages,
    ...zhScale.messages,
  },
  en: {
    ...enCore.messages, ...enValidate.messages, ...enCalendar.messages, ...enDeadlines.messages,
    ...enPublish.messages, ...enGit.messages,
    ...enInput.messages,
    ...enCli.messages,
    ...enLegal.messages,
    ...enPublishSafety.messages,
    ...enAuthoring.messages,
    ...enRecords.messages,
    ...enScale.messages,
  },
};

let current: Lang = 'zh';

/** Sets the language for every later `t()` call (the CLI does this once per run). */
export function setLang(lang: Lang): void {
  current = lang;
}

/** The current language. */
export function getLang(): Lang {
  return current;
}

/** Whether a message id exists in the given language. */
export function hasMessage(id: MessageId, lang: Lang = current): boolean {
  return Object.hasOwn(catalogues[lang], id);
}

/** All message ids of one language (for the catalogue-completeness test). */
export function messageIds(lang: Lang): string[] {
  return Object.keys(catalogues[lang]);
}

/**
 * Formats message `id` with `data`. Placeholders are `{key}`; a missing key stays visible
 * (`{key}`) rather than printing "undefined". Falls back to Chinese, then to the id itself.
 */
export function t(id: MessageId, data: Record<string, unknown> = {}, lang: Lang = current): string {
  const template = catalogues[lang][id] ?? catalogues.zh[id] ?? id;
  // `{key?one:other}` picks a word by count (English plurals: "1 file", "2 files").
  const counted = template.replace(/\{(\w+)\?([^:{}]*):([^{}]*)\}/g, (whole, key: string, one: string, other: string) =>
    data[key] === undefined || data[key] === null ? whole : Number(data[key]) === 1 ? one : other);
  // `{key}` inserts a value; `{key|group}` inserts the message `group.<value>` (e.g. a type name).
  return counted.replace(/\{(\w+)(?:\|(\w+))?\}/g, (whole, key: string, group?: string) => {
    const value = data[key];
    if (value === undefined || value === null) return whole;
    if (group) return String(value).split(',').map((v) => t(`${group}.${v}`, {}, lang)).join(lang === 'zh' ? '或' : ' or ');
    return Array.isArray(value) ? value.join(lang === 'zh' ? '、' : ', ') : String(value);
  });
}
