// The table-driven harness of the rule tests: each case edits a valid fixture registry and lists
// exactly the findings expected (rule, file, line, severity). `expected: []` is a fixture that must
// NOT trigger anything.
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RULE_SEVERITY } from '../../src/checks/index.js';
import type { RuleId } from '../../src/checks/types.js';
import { validateRegistry } from '../../src/checks/validate.js';
import { type Edit, lineOf, makeRegistry, FIXTURES } from '../helpers/fixture.js';

/** The base fixture's files the cases edit. */
export const XK = 'departments/gaj/powers/XK-GAJ-0001.yaml';
export const CF = 'departments/gaj/powers/CF-GAJ-0001.yaml';
export const QT = 'departments/gaj/powers/QT-GAJ-0001.yaml';
export const JC = 'departments/scjgj/powers/JC-SCJGJ-0001.yaml';
export const GAJ = 'departments/gaj/department.yaml';
export const LAWS = 'laws/laws.yaml';

export interface Expect {
  rule: RuleId;
  file: string;
  /** The line, or text whose first occurrence in the edited file gives the line. */
  at: number | string;
  /** Default: the rule's default severity. */
  severity?: 'error' | 'warning';
}

export interface Case {
  name: string;
  edits: Record<string, Edit>;
  expected: Expect[];
  /** "Today" of the run; default 2026-06-01. */
  today?: string;
}

/** A file of the base fixture, as text. */
export function readBase(rel: string): string {
  return readFileSync(path.join(FIXTURES, 'base', rel), 'utf8');
}

/** Runs every case on a copy of the base fixture and compares the findings exactly. */
export function runCases(title: string, cases: Case[]): void {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });
  describe(title, () => {
    for (const c of cases) {
      it(c.name, async () => {
        const dir = makeRegistry(c.edits);
        dirs.push(dir);
        const { diagnostics } = await validateRegistry(dir, { today: c.today ?? '2026-06-01', workers: 0 });
        const actual = diagnostics.map((d) => ({ rule: d.rule, file: d.file, line: d.line, severity: d.severity })).sort(byKey);
        const expected = c.expected.map((e) => {
          const line = typeof e.at === 'number' ? e.at : lineOf(readFileSync(path.join(dir, e.file), 'utf8'), e.at);
          return { rule: e.rule, file: e.file, line, severity: e.severity ?? RULE_SEVERITY[e.rule] };
        }).sort(byKey);
        expect(actual).toEqual(expected);
        for (const d of diagnostics) {
          expect(d.message).not.toMatch(/\{\w+(\|\w+)?\}|undefined/); // every placeholder filled
          expect(d.column).toBeGreaterThanOrEqual(1);
        }
      });
    }
  });
}

function byKey(a: { rule: string; file: string; line: number }, b: { rule: string; file: string; line: number }): number {
  return `${a.file}|${a.line}|${a.rule}`.localeCompare(`${b.file}|${b.line}|${b.rule}`);
}
