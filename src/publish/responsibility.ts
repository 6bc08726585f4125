// site/responsibility.html: the 责任清单 of every public power, one section per department (SPEC §5).
// When that page would exceed the page-size bar (SPEC §9: no HTML page over 300 KiB) it becomes an
// index linking one page per department, and a department too big for one page is split into
// numbered parts that link to each other. Pages are rendered lazily, one department at a time,
// so a large registry never holds the whole list in memory.
import type { CatalogueView, GroupView } from './view-model.js';

/** The page-size bar of SPEC §9. */
export const PAGE_LIMIT = 300 * 1024;

/** The index page's path, relative to the output root. */
export const RESPONSIBILITY_PAGE = 'responsibility.html';

/** One part of a department's page, for the part links. */
export interface PartLink {
  number: number;
  href: string;
  isCurrent: boolean;
}

/** What the `responsibility` template renders (the layout's `site` is added by the caller). */
export interface ResponsibilityContext {
  page: { id: 'responsibility'; title: string; root: string };
  /** The index of department pages (true) or the lists themselves (false). */
  isIndex: boolean;
  /** Departments listed on this page (the lists), or linked from it (index). */
  groups: GroupView[];
  /** Index only: each department's first page. */
  links: { name: string; count: number; href: string }[];
  /** A department page split into parts: every part (one entry when it is not split). */
  parts: PartLink[];
  /** All public powers (the lead text's count). */
  total: number;
}

/** A page to write: its path and its bytes, rendered only when asked. */
export interface LazyPages {
  render: () => { rel: string; content: string }[];
}

const TITLE = '责任清单';
const byteLength = (s: string): number => Buffer.byteLength(s, 'utf8');

/** The file of a department page (part 1 has no suffix): the anchor is always a safe file name. */
const departmentFile = (g: GroupView, part: number): string => `responsibility/${g.anchor}${part > 1 ? `-${part}` : ''}.html`;

/**
 * Plans the responsibility pages of a catalogue: one page when it fits under `limit`, else an index
 * and one (or several) pages per department. `render` renders one page's context to HTML.
 */
export function responsibilityPages(c: CatalogueView, render: (context: ResponsibilityContext) => string, limit = PAGE_LIMIT): LazyPages[] {
  const groups = c.byDepartment;
  const total = c.powers.length;
  const single = (): string => render({ page: { id: 'responsibility', title: TITLE, root: '' }, isIndex: false, groups, links: [], parts: [], total });
  const rendered = fitsOnePage(c, single, limit);
  if (rendered !== null) return [{ render: () => [{ rel: RESPONSIBILITY_PAGE, content: rendered }] }];

  const index: LazyPages = {
    render: () => [{
      rel: RESPONSIBILITY_PAGE,
      content: render({
        page: { id: 'responsibility', title: TITLE, root: '' }, isIndex: true, groups: [], total, parts: [],
        links: groups.map((g) => ({ name: g.name, count: g.count, href: departmentFile(g, 1) })),
      }),
    }],
  };
  return [index, ...groups.map((g): LazyPages => ({ render: () => departmentPages(g, render, limit, total) }))];
}

/**
 * The single page when it fits, else null. The texts the page shows are measured first (the page
 * holds them all, plus markup): only when they stay near the bar is the page rendered and measured,
 * so a registry far over it never renders its whole list at once.
 */
function fitsOnePage(c: CatalogueView, single: () => string, limit: number): string | null {
  let sum = 0;
  for (const g of c.byDepartment) {
    sum += byteLength(JSON.stringify(g.powers.map((p) => [p.name, p.code, p.subject, p.responsibility])));
    if (sum > 2 * limit) return null;
  }
  const html = single();
  return byteLength(html) <= limit ? html : null;
}

/** One department's page, split into as many parts as it takes to keep each under `limit`. */
function departmentPages(g: GroupView, render: (context: ResponsibilityContext) => string, limit: number, total: number): { rel: string; content: string }[] {
  const renderParts = (count: number): { rel: string; content: string }[] => {
    const size = Math.ceil(g.powers.length / count);
    const chunks: GroupView[] = [];
    for (let i = 0; i < g.powers.length || chunks.length === 0; i += size) {
      const powers = g.powers.slice(i, i + size);
      chunks.push({ ...g, powers });
    }
    return chunks.map((chunk, i) => ({
      rel: departmentFile(g, i + 1),
      content: render({
        page: { id: 'responsibility', title: `${TITLE}：${g.name}${chunks.length > 1 ? `（第 ${i + 1} 页）` : ''}`, root: '../' },
        isIndex: false, groups: [chunk], links: [], total,
        parts: chunks.length > 1 ? chunks.map((_, j) => ({ number: j + 1, href: departmentFile(g, j + 1).slice('responsibility/'.length), isCurrent: i === j })) : [],
      }),
    }));
  };
  let pages = renderParts(1);
  // Each round splits by the measured overflow; a single power too big for any page stops it.
  while (pages.length < g.powers.length && pages.some((p) => byteLength(p.content) > limit)) {
    const largest = Math.max(...pages.map((p) => byteLength(p.content)));
    pages = renderParts(Math.min(g.powers.length, Math.max(pages.length + 1, Math.ceil((pages.length * largest) / (limit * 0.9)))));
  }
  return pages;
}
