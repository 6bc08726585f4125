// Handlebars, set up once per publish: an isolated instance, every partial registered and every
// page compiled before the first file is rendered. Data is only ever inserted with `{{ }}` (HTML-
// escaped); the one helper that returns unescaped text, `jsonScript`, escapes for its own context.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { jsonForScript } from './open-data.js';

/** The templates shipped with the tool (templates/ at the package root). */
export const TEMPLATES_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));

/** Pages the publisher renders (templates/pages/<name>.hbs). */
export type PageName = 'index' | 'categories' | 'group' | 'changes' | 'power' | 'internal-index' | 'withheld' | 'responsibility' | 'exceptions';

/** Static files copied as they are into <out>/assets/. */
export interface Asset {
  /** Relative to the output root, e.g. assets/powers.css. */
  rel: string;
  content: Buffer;
}

/** Compiled templates. */
export interface Renderer {
  render(page: PageName, context: object): string;
  assets: Asset[];
}

const PAGES: readonly PageName[] = ['index', 'categories', 'group', 'changes', 'power', 'internal-index', 'withheld', 'responsibility', 'exceptions'];

/** Loads and compiles the templates in `dir` (default: the shipped ones). */
export async function loadRenderer(dir: string = TEMPLATES_DIR): Promise<Renderer> {
  const hbs = Handlebars.create();
  hbs.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hbs.registerHelper('jsonScript', (value: unknown) => new hbs.SafeString(jsonForScript(value)));
  hbs.registerHelper('join', (items: unknown, sep: unknown) => (Array.isArray(items) ? items.join(typeof sep === 'string' ? sep : '、') : ''));
  hbs.registerHelper('inc', (n: unknown) => (typeof n === 'number' ? n + 1 : n));

  const partialDir = path.join(dir, 'partials');
  for (const file of (await readdir(partialDir)).filter((f) => f.endsWith('.hbs')).sort()) {
    // One trailing newline is the file's, not the partial's (inline partials stay inline).
    hbs.registerPartial(file.slice(0, -4), (await readFile(path.join(partialDir, file), 'utf8')).replace(/\r?\n$/, ''));
  }
  const compiled = new Map<PageName, Handlebars.TemplateDelegate>();
  for (const page of PAGES) {
    const source = await readFile(path.join(dir, 'pages', `${page}.hbs`), 'utf8');
    // strict: a template naming a field the view model lacks fails loudly instead of printing nothing.
    const template = hbs.compile(source, { strict: true, preventIndent: true });
    compiled.set(page, template);
  }
  const assetDir = path.join(dir, 'assets');
  const assets: Asset[] = [];
  for (const file of (await readdir(assetDir)).sort()) {
    assets.push({ rel: `assets/${file}`, content: await readFile(path.join(assetDir, file)) });
  }
  return {
    render(page, context) {
      const template = compiled.get(page);
      if (!template) throw new Error(`unknown page template ${page}`);
      return template(context);
    },
    assets,
  };
}
