// yaml-syntax findings name the cause at the line where a clerk must fix it (issue 8): message
// id, line and column for each way a file typed on Windows goes wrong. Data, not prose.
import { describe, expect, it } from 'vitest';
import { parseFileBytes, parseFileText } from '../../src/registry/parse.js';
import { t } from '../../src/i18n/index.js';

const good = ['code: MZ-0001', 'name: 慈善信托备案', 'category: 行政确认', 'flow:', '  statutory_days: 20', '  promised_days: 5', 'complaint: 12345热线', ''].join('\n');
const lines = (edit: (l: string[]) => void) => { const l = good.split('\n'); edit(l); return l.join('\n'); };

const cases: [string, string, string, number, number][] = [
  // name, text, message id, line, column
  ['full-width colon after a key', lines((l) => { l[1] = 'name：慈善信托备案'; }), 'yaml-syntax.fullWidthColon', 2, 5],
  ['full-width colon on the last line', lines((l) => { l[6] = 'complaint：12345热线'; }), 'yaml-syntax.fullWidthColon', 7, 10],
  ['full-width colon on the first line', lines((l) => { l[0] = 'code：MZ-0001'; }), 'yaml-syntax.fullWidthColon', 1, 5],
  ['full-width spaces indenting a nested key', lines((l) => { l[4] = '\u3000\u3000statutory_days: 20'; }), 'yaml-syntax.fullWidthSpace', 5, 1],
  ['a full-width space before a top-level key (parses, still reported)', lines((l) => { l[2] = '\u3000category: 行政确认'; }), 'yaml-syntax.fullWidthSpace', 3, 1],
  ['one half-width then a full-width space', lines((l) => { l[5] = ' \u3000promised_days: 5'; }), 'yaml-syntax.fullWidthSpace', 6, 2],
  ['an unclosed double quote', lines((l) => { l[1] = 'name: "慈善信托备案'; }), 'yaml-syntax.unclosedQuote', 2, 7],
  ['an unclosed single quote', lines((l) => { l[6] = "complaint: '12345热线"; }), 'yaml-syntax.unclosedQuote', 7, 12],
  ['a quote closed only lines later', lines((l) => { l[1] = 'name: "慈善信托备案'; l[6] = 'complaint: "12345热线"'; }), 'yaml-syntax.unclosedQuote', 2, 7],
  ['a second document', `${good}---\ncode: MZ-0002\n`, 'yaml-syntax.multipleDocuments', 8, 1],
  ['a second document after a leading ---', `---\n${good}---\n`, 'yaml-syntax.multipleDocuments', 9, 1],
  ['a control character past the first 8 KB', `# ${'备注'.repeat(3000)}\n${lines((l) => { l[1] = 'name: 慈善\u0001信托备案'; })}`, 'yaml-syntax.nonPrintable', 3, 9],
  ['an escape character inside double quotes', lines((l) => { l[1] = 'name: "慈善\u001b[31m"'; }), 'yaml-syntax.nonPrintable', 2, 10],
  ['a Windows path in double quotes', lines((l) => { l[6] = 'complaint: "C:\\热线\\x"'; }), 'yaml-syntax.escape', 7, 16],
  ['nesting deeper than the limit', `a: ${'['.repeat(100)}${']'.repeat(100)}\n`, 'yaml-syntax.tooDeep', 1, 67],
];

describe('yaml-syntax messages at the cause', () => {
  for (const [name, text, id, line, column] of cases) {
    it(name, () => {
      const { findings } = parseFileText('x.yaml', text, () => Buffer.from(text));
      expect(findings.map((f) => [f.message, f.position?.line, f.position?.column])).toEqual([[id, line, column]]);
      for (const lang of ['zh', 'en'] as const) expect(t(findings[0].message, findings[0].data, lang)).not.toMatch(/\{\w+(\|\w+)?\}/);
    });
  }

  it('fills the depth limit in both languages', () => {
    const text = `a: ${'['.repeat(100)}${']'.repeat(100)}\n`;
    const [f] = parseFileText('x.yaml', text, () => Buffer.from(text)).findings;
    expect(f.data).toEqual({ limit: 64 });
    expect(t(f.message, f.data, 'zh')).toMatch(/超过 64 层/);
    expect(t(f.message, f.data, 'en')).toMatch(/64/);
  });
});

describe('encodings and NUL bytes', () => {
  const utf16le = Buffer.from(good, 'utf16le');
  const utf16be = Buffer.from(utf16le).swap16();
  const cases: [string, Buffer, string, number, number][] = [
    ['UTF-16 LE with a BOM (Notepad "Unicode")', Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le]), 'yaml-syntax.utf16', 1, 1],
    ['UTF-16 BE with a BOM (Notepad "Unicode big endian")', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be]), 'yaml-syntax.utf16', 1, 1],
    ['UTF-16 LE without a BOM', utf16le, 'yaml-syntax.utf16', 1, 1],
    ['UTF-16 BE without a BOM', utf16be, 'yaml-syntax.utf16', 1, 1],
    ['one stray NUL in UTF-8 text', Buffer.from(lines((l) => { l[5] = '  promised_\u0000days: 5'; })), 'yaml-syntax.nul', 6, 12],
    ['an image', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), Buffer.alloc(256, 7)]), 'yaml-syntax.binary', 1, 1],
  ];
  for (const [name, bytes, id, line, column] of cases) {
    it(name, () => {
      const viaBytes = parseFileBytes('x.yaml', bytes).findings;
      const viaText = parseFileText('x.yaml', bytes.toString('utf8'), () => bytes).findings;
      for (const findings of [viaBytes, viaText]) expect(findings.map((f) => [f.message, f.position?.line, f.position?.column])).toEqual([[id, line, column]]);
    });
  }
});
