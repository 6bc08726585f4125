// The public site's department and category pages, paged so that no page grows with the registry
// (issue 12: ≤ 300 KiB a page at 100,000 powers). index.html and categories.html list every
// power inline only while the catalogue is small; past that they show the counts, the search and
// links to these pages.
import type { CatalogueView, GroupView } from './view-model.js';

/** Rows per department or category page (≈ 600 bytes each with the filter index: ~150 KiB). */
export const PAGE_SIZE = 250;
/** Change log entries per page of changes.html (≈ 350 bytes each). */
export const CHANGES_PAGE_SIZE = 500;
/** Up to this many public powers, index.html and categories.html also list them all inline. */
export const INLINE_LIMIT = 500;

/** One page of one group. */
export interface GroupPage {
  rel: string;
  /** The page's title and what its template reads. */
  title: string;
  context: {
    group: {
      name: string; count: number; byCategory: boolean; pageNumber: number; parentHref: string; parentLabel: string;
      pages: { number: number; href: string; current: boolean }[];
    };
    groups: GroupView[];
  };
}

/** The file of page `n` (1-based) of a group: `departments/dept-gaj.html`, `…-2.html`. */
function pageRel(folder: string, anchor: string, n: number): string {
  return `${folder}/${anchor}${n === 1 ? '' : `-${n}`}.html`;
}

/** The first page of every department and category, by anchor (for the counts tables' links). */
export function groupPageLinks(c: CatalogueView): Record<string, string> {
  const links: Record<string, string> = {};
  for (const g of c.byDepartment) links[g.anchor] = pageRel('departments', g.anchor, 1);
  for (const g of c.byCategory) links[g.anchor] = pageRel('categories', g.anchor, 1);
  return links;
}

/** Every page of every department and category of the public catalogue. */
export function groupPages(c: CatalogueView): GroupPage[] {
  const out: GroupPage[] = [];
  const add = (folder: string, byCategory: boolean, parentHref: string, parentLabel: string) => (g: GroupView) => {
    const count = Math.max(1, Math.ceil(g.powers.length / PAGE_SIZE));
    for (let n = 1; n <= count; n++) {
      const powers = g.powers.slice((n - 1) * PAGE_SIZE, n * PAGE_SIZE);
      out.push({
        rel: pageRel(folder, g.anchor, n),
        title: count === 1 ? g.name : `${g.name}（第 ${n} 页）`,
        context: {
          group: {
            name: g.name, count: g.count, byCategory, pageNumber: n, parentHref, parentLabel,
            // Pages of one group sit side by side: links are bare file names.
            pages: Array.from({ length: count }, (_, k) => ({ number: k + 1, href: pageRel(folder, g.anchor, k + 1).slice(folder.length + 1), current: k + 1 === n })),
          },
          groups: [{ ...g, powers, count: powers.length }],
        },
      });
    }
  };
  c.byDepartment.forEach(add('departments', false, 'index.html', '按部门'));
  c.byCategory.forEach(add('categories', true, 'categories.html', '按类别'));
  return out;
}

/** A pager: links to every page of a list, the current one marked. */
export interface Pager {
  pages: { number: number; href: string; current: boolean }[];
}

/** The change log in pages: `changes.html`, `changes-2.html`, … (newest first, as the log is). */
export function changePages<T>(changes: readonly T[]): { rel: string; changes: T[]; pager: Pager }[] {
  const count = Math.max(1, Math.ceil(changes.length / CHANGES_PAGE_SIZE));
  const rel = (n: number) => (n === 1 ? 'changes.html' : `changes-${n}.html`);
  return Array.from({ length: count }, (_, k) => ({
    rel: rel(k + 1),
    changes: changes.slice(k * CHANGES_PAGE_SIZE, (k + 1) * CHANGES_PAGE_SIZE),
    pager: { pages: Array.from({ length: count }, (_, j) => ({ number: j + 1, href: rel(j + 1), current: j === k })) },
  }));
}
