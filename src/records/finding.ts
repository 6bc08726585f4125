// Findings about records: located at the CSV line and the column of a header (SPEC §10). The
// column is the header's 1-based column index in that file, not a character offset.
import type { Finding, RuleId } from '../checks/types.js';
import { cell, type RecordHeader, type RecordRow } from './types.js';

export { own } from './types.js';

/** A finding at `row`, in the column of `header` (column 1 when the file has no such column). */
export function rowFinding(
  rule: RuleId, row: RecordRow, header: RecordHeader, message: string, data: Record<string, unknown> = {}, severity?: 'warning' | 'error',
): Finding {
  const caseNo = cell(row, '办件编号');
  const code = cell(row, '职权编码');
  return {
    rule, file: row.file, path: [], message, data: { case: caseNo, ...data },
    code: code === '' ? null : code, position: { line: row.line, column: row.columns[header] || 1 },
    ...(severity ? { severity } : {}),
  };
}
