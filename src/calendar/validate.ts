// Checks one calendar year file's parsed YAML and turns it into a CalendarYear. Pure: no I/O.
// Shape problems (types, required fields, unreal dates) are flagged `isShape` because the JSON
// Schema reports them too; the rest (make-up days on weekdays, days outside the year, a day both
// off and worked, …) only this module can see.
import type { NodePath } from '../registry/model.js';
import { isPlainDate, isWeekend, toDayNumber, weekday, yearOf } from '../util/date.js';
import type { CalendarOrigin, CalendarProblem, CalendarYear, HolidaySpan, NoticeRef } from './types.js';

/** What `parseCalendarYear` found. */
export interface ParsedCalendarYear {
  /** The year, when usable: no problem other than "not published". */
  year?: CalendarYear;
  /** The `year:` value when it is a valid integer (even if the file has other problems). */
  yearNumber?: number;
  /** Whether the file lists any holiday: a year without any counts as not published. */
  isPublished: boolean;
  problems: CalendarProblem[];
}

/** Where the data was read from. */
export interface CalendarFileMeta {
  origin: CalendarOrigin;
  /** Relative path, `/` separators, e.g. `calendar/2027.yaml`. */
  file: string;
}

const WEEKDAY_ZH = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];

/** The year a file name promises (`2027.yaml` → 2027), if it is named that way. */
export function yearFromFileName(file: string): number | undefined {
  const m = /(?:^|\/)(\d{4})\.ya?ml$/.exec(file);
  return m ? Number(m[1]) : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/** Validates one calendar file's data. */
export function parseCalendarYear(data: unknown, meta: CalendarFileMeta): ParsedCalendarYear {
  const problems: CalendarProblem[] = [];
  const add = (path: NodePath, message: string, extra: Record<string, unknown> = {}, isShape = false): void => {
    problems.push({ file: meta.file, path, message: `calendar-data.${message}`, data: extra, isShape });
  };

  if (!isRecord(data)) {
    add([], 'notMapping', {}, true);
    return { isPublished: false, problems };
  }

  let year: number | undefined;
  if (typeof data.year === 'number' && Number.isInteger(data.year) && data.year >= 1000 && data.year <= 9999) {
    year = data.year;
    const named = yearFromFileName(meta.file);
    if (named !== undefined && named !== year) add(['year'], 'yearMismatch', { year, fileYear: named });
  } else {
    add(['year'], 'badYear', { value: String(data.year ?? '') }, true);
  }

  if (!isNonEmptyString(data.source)) add(['source'], 'missingSource', {}, true);
  if (data.doc_no !== undefined && !isNonEmptyString(data.doc_no)) add(['doc_no'], 'badText', { field: 'doc_no' }, true);
  if (data.issued !== undefined && !isPlainDate(data.issued)) add(['issued'], 'badDate', { value: String(data.issued) }, true);

  const amendedBy: NoticeRef[] = [];
  if (data.amended_by !== undefined && data.amended_by !== null) {
    if (!Array.isArray(data.amended_by)) {
      add(['amended_by'], 'notList', { field: 'amended_by' }, true);
    } else {
      data.amended_by.forEach((item: unknown, i) => {
        if (!isRecord(item) || !isNonEmptyString(item.source)) {
          add(['amended_by', i, 'source'], 'missingSource', {}, true);
          return;
        }
        const ref: NoticeRef = { source: item.source };
        if (item.doc_no !== undefined) {
          if (isNonEmptyString(item.doc_no)) ref.doc_no = item.doc_no;
          else add(['amended_by', i, 'doc_no'], 'badText', { field: 'doc_no' }, true);
        }
        if (item.issued !== undefined) {
          if (isPlainDate(item.issued)) ref.issued = item.issued;
          else add(['amended_by', i, 'issued'], 'badDate', { value: String(item.issued) }, true);
        }
        amendedBy.push(ref);
      });
    }
  }

  const holidays: HolidaySpan[] = [];
  const offDays = new Map<number, string>(); // day number → holiday name
  const rawHolidays = data.holidays ?? [];
  if (!Array.isArray(rawHolidays)) {
    add(['holidays'], 'notList', { field: 'holidays' }, true);
  } else {
    rawHolidays.forEach((item: unknown, i) => {
      if (!isRecord(item)) {
        add(['holidays', i], 'badHoliday', {}, true);
        return;
      }
      let isUsable = true;
      if (!isNonEmptyString(item.name)) {
        add(['holidays', i, 'name'], 'badText', { field: 'name' }, true);
        isUsable = false;
      }
      for (const end of ['from', 'to'] as const) {
        const value = item[end];
        if (!isPlainDate(value)) {
          add(['holidays', i, end], 'badDate', { value: String(value ?? '') }, true);
          isUsable = false;
        } else if (year !== undefined && yearOf(value) !== year) {
          add(['holidays', i, end], 'holidayOutsideYear', { date: value, year });
          isUsable = false;
        }
      }
      if (!isUsable) return;
      const span = { name: item.name, from: item.from, to: item.to } as HolidaySpan;
      if (toDayNumber(span.from) > toDayNumber(span.to)) {
        add(['holidays', i, 'to'], 'holidayReversed', { from: span.from, to: span.to });
        return;
      }
      holidays.push(span);
      for (let d = toDayNumber(span.from); d <= toDayNumber(span.to); d++) {
        if (!offDays.has(d)) offDays.set(d, span.name);
      }
    });
  }

  const workdays: string[] = [];
  const rawWorkdays = data.workdays ?? [];
  if (!Array.isArray(rawWorkdays)) {
    add(['workdays'], 'notList', { field: 'workdays' }, true);
  } else {
    rawWorkdays.forEach((value: unknown, i) => {
      if (!isPlainDate(value)) {
        add(['workdays', i], 'badDate', { value: String(value ?? '') }, true);
        return;
      }
      if (year !== undefined && yearOf(value) !== year) {
        add(['workdays', i], 'workdayOutsideYear', { date: value, year });
        return;
      }
      if (!isWeekend(value)) {
        add(['workdays', i], 'workdayNotWeekend', { date: value, weekday: WEEKDAY_ZH[weekday(value)] });
        return;
      }
      const holiday = offDays.get(toDayNumber(value));
      if (holiday !== undefined) {
        add(['workdays', i], 'dayOffAndOn', { date: value, holiday });
        return;
      }
      workdays.push(value);
    });
  }

  const isPublished = Array.isArray(rawHolidays) && rawHolidays.length > 0;
  if (Array.isArray(rawHolidays) && rawHolidays.length === 0 && year !== undefined) {
    problems.push({
      file: meta.file, path: ['holidays'], message: 'calendar-data.notPublished', data: { year }, isShape: false, isWarning: true,
    });
  }

  const hasErrors = problems.some((p) => !p.isWarning);
  if (hasErrors || year === undefined || !isPublished) return { isPublished, problems, yearNumber: year };
  return {
    isPublished,
    problems,
    yearNumber: year,
    year: {
      notice: {
        year,
        source: data.source as string,
        ...(isNonEmptyString(data.doc_no) ? { doc_no: data.doc_no } : {}),
        ...(isPlainDate(data.issued) ? { issued: data.issued } : {}),
        amended_by: amendedBy,
        origin: meta.origin,
        file: meta.file,
      },
      holidays,
      workdays: [...workdays].sort(),
    },
  };
}
