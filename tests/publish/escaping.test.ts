// Every text is escaped: hostile names render as text in HTML, SVG, JSON, Markdown and Mermaid.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT } from '../helpers/fixture.js';
import { jsonForScript } from '../../src/publish/open-data.js';
import { mdText, mermaidText } from '../../src/publish/markdown.js';
import { publishTo, readTexts, workspace } from './helpers.js';

const OUR_SCRIPTS = [
  '<script type="application/json" id="filter-index">',
  '<script src="assets/filter.js" defer>',
  '<script src="../assets/filter.js" defer>',
  '<script src="assets/search.js" defer>',
  '<script src="../assets/search.js" defer>',
];

function templateFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const abs = path.join(dir, name);
    return statSync(abs).isDirectory() ? templateFiles(abs) : [abs];
  });
}

describe('escaping', () => {
  let site: Map<string, string>;
  beforeAll(async () => {
    const ws = workspace();
    await publishTo(ws);
    site = readTexts(ws.out);
  });

  it('no template uses triple-stash or a raw block for data', () => {
    for (const file of templateFiles(path.join(PROJECT, 'templates')).filter((f) => f.endsWith('.hbs'))) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/\{\{\{|\{\{&/);
    }
  });

  it('the only <script> elements in any page are our own', () => {
    for (const [rel, text] of site) {
      if (!rel.endsWith('.html')) continue;
      const tags = text.match(/<script[^>]*>/gi) ?? [];
      for (const tag of tags) expect(OUR_SCRIPTS, `${rel}: ${tag}`).toContain(tag);
      expect(text, rel).not.toMatch(/<img|<svg onload|<i>|<b>/i);
    }
  });

  it('a power named <script>alert(1)</script>{{constructor}} shows as text', () => {
    const html = site.get('powers/XK-GAJ-0002.html')!;
    expect(html).toContain('<h1>&lt;script&gt;alert(1)&lt;/script&gt;{{constructor}}</h1>');
    expect(html).toContain('&lt;b&gt;车辆管理所&lt;/b&gt;');
    expect(html).toContain('{{&gt; layout}}受理岗');
    expect(html).toContain('监督点：{{#each this}}监督{{/each}}</text>');
    expect(site.get('powers/CF-GAJ-0002.html')).toContain('<h1>{{constructor}}</h1>');
  });

  it('the embedded search index cannot break out of its script element', () => {
    for (const page of ['index.html', 'categories.html']) {
      const html = site.get(page)!;
      const m = /<script type="application\/json" id="filter-index">([\s\S]*?)<\/script>/.exec(html)!;
      expect(m[1]).not.toMatch(/[<>&]/);
      const index = JSON.parse(m[1]) as string[];
      expect(index.some((t) => t.includes('<script>alert(1)</script>{{constructor}}'))).toBe(true);
      expect(html.match(/<\/script>/g)!.length).toBe(3);
    }
  });

  it('the offline search chunks (search/*.js) hold hostile names as data, never as markup', () => {
    const chunks = [...site].filter(([rel]) => rel.startsWith('search/'));
    expect(chunks.length).toBeGreaterThan(2);
    for (const [rel, text] of chunks) expect(text, rel).not.toMatch(/[<>&\u2028\u2029]/);
    expect(site.get('search/docs-0.js')).toContain('\\u003cscript\\u003ealert(1)\\u003c/script\\u003e{{constructor}}');
  });

  it('jsonForScript escapes <, >, &, U+2028 and U+2029 and still round-trips', () => {
    const value = ['</script><!--', 'a&b', '\u2028\u2029'];
    const json = jsonForScript(value);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(value);
  });

  it('Markdown: HTML becomes entities, Markdown punctuation is backslashed, table pipes cannot split cells', () => {
    expect(mdText('<script>a|b</script> *x* [l](u) {{c}}')).toBe('&lt;script&gt;a\\|b&lt;/script&gt; \\*x\\* \\[l\\]\\(u\\) \\{\\{c\\}\\}');
    const md = site.get('catalogue.md')!;
    expect(md).not.toMatch(/<script|<img|<b>|<i>/);
    expect(md).toContain('### XK-GAJ-0002 &lt;script&gt;alert\\(1\\)&lt;/script&gt;\\{\\{constructor\\}\\}');
  });

  it('Mermaid labels cannot close the label, the node or the code fence', () => {
    expect(mermaidText('a"b]c```<d>#')).toBe('a#quot;b#93;c#96;#96;#96;#lt;d#gt;#35;');
    const md = site.get('catalogue.md')!;
    const blocks = md.split('```mermaid').slice(1).map((b) => b.slice(0, b.indexOf('\n```')));
    expect(blocks.length).toBe(5);
    for (const b of blocks) {
      for (const line of b.split('\n').filter((l) => l.includes('["'))) {
        expect(line).toMatch(/^ {4}\w+(\["[^"]*"\]|\(\["[^"]*"\]\))$/);
      }
    }
  });
});
