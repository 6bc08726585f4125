// catalogue.json: the open-data form of the public catalogue. Its shape is a stable contract,
// documented in the README ("catalogue.json"); bump `schema` on any incompatible change.
import type { CatalogueView, CitationView, PowerView } from './view-model.js';

/** The `schema` value of catalogue.json. */
export const CATALOGUE_SCHEMA = 'powers-catalogue/1';

function citationJson(c: CitationView | null) {
  return c === null ? null : { law: c.law, title: c.title, level: c.level, doc_no: c.docNo, articles: c.articles };
}

function powerJson(p: PowerView) {
  return {
    code: p.code,
    name: p.name,
    category: p.category,
    department: { id: p.department.id, code: p.department.code, name: p.department.name },
    subject: p.subject,
    unit: p.unit,
    basis: p.basis.map(citationJson),
    fee: { charged: p.fee.isCharged, basis: citationJson(p.fee.basis), standard: p.fee.standard },
    time_limits: { statutory_days: p.statutoryDays, promised_days: p.promisedDays, unit: p.timeUnit },
    flow: p.steps.map((s) => ({
      step: s.number, name: s.name, post: s.postTitle, unit: s.postUnit, days: s.days,
      supervision: s.supervision, disclose: s.isDisclosed,
    })),
    discretion: p.discretion.map((d) => ({ situation: d.situation, min: d.min, max: d.max, unit: d.unit || null, article: d.article })),
    remedy: p.remedy,
    complaint: p.complaint,
    risk: p.risk === null ? null : { level: p.risk.level, colour: p.risk.colour || null, points: p.risk.points, controls: p.risk.controls },
    disclosure: {
      mode: p.disclosure.mode, scope: p.disclosure.scope, forms: p.disclosure.forms,
      period: p.disclosure.period, interval: p.disclosure.interval, content: p.disclosure.content,
    },
    responsibility: p.responsibility,
    delegation: p.delegation === null ? null : { type: p.delegation.type, by: p.delegation.by, basis: citationJson(p.delegation.basis) },
    joint: p.joint === null ? null : { role: p.joint.role, partners: p.joint.partners.map((x) => ({ code: x.code, name: x.name, department: x.department })) },
    review: p.review === null ? null : { declared: p.review.declared, signed_by: p.review.signedBy, reviewed: p.review.reviewed, publicity: p.review.publicity },
    status: p.status,
    filed: p.filed,
    published: p.published,
    changes: p.changes.map((c) => ({
      date: c.date, kind: c.kind, summary: c.summary, explained: c.explained, published: c.published, due: c.due,
    })),
    page: p.href,
  };
}

/**
 * catalogue.json of a catalogue: the envelope indented, each power on one line (so a diff of two
 * publications shows one changed line per changed power, at half the size of full indentation).
 */
export function renderCatalogueJson(catalogue: CatalogueView): string {
  const doc = {
    schema: CATALOGUE_SCHEMA,
    jurisdiction: catalogue.jurisdiction,
    filing_authority: catalogue.filingAuthority,
    forced: catalogue.forced !== null,
    count: catalogue.powers.length,
    departments: catalogue.byDepartment.map((g) => ({ id: g.powers[0].department.id, code: g.powers[0].department.code, name: g.name, count: g.count })),
    categories: catalogue.byCategory.map((g) => ({ name: g.name, count: g.count })),
  };
  const head = JSON.stringify(doc, null, 2).replace(/\n\}$/, '');
  const powers = catalogue.powers.map((p) => `    ${JSON.stringify(powerJson(p))}`).join(',\n');
  return `${head},\n  "powers": [${powers ? `\n${powers}\n  ` : ''}]\n}\n`;
}

/**
 * JSON for a `<script type="application/json">` element: `<`, `>` and `&` become \u escapes so
 * that no `</script>` or `<!--` in the data can end the element, and U+2028/2029 are escaped too.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
