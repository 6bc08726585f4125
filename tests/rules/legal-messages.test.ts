// Issue 9, "done when": every new rule cites the seed sentence or the article it enforces. Each
// Chinese finding message of these rules quotes an article (第…条) or a seed sentence (“…”, not a
// placeholder such as “{law}”), and both languages have every message.
import { describe, expect, it } from 'vitest';
import { messageIds, t } from '../../src/i18n/index.js';

const RULES = ['time-unit', 'status-dates', 'review-period', 'internal-reason', 'withhold-expiry', 'basis-authority', 'delegation-basis', 'joint-power', 'responsibility'];
const EXTENDED = ['discretion-range.outsideStatute', 'basis-superior.wrongOwner'];
const CITES = /第[一二三四五六七八九十百零]+条|“[^”{}]{4,}”/;

describe('legal-rule messages', () => {
  const ids = messageIds('zh').filter((id) => RULES.some((r) => id.startsWith(`${r}.`)) || EXTENDED.includes(id));

  it('cover every new rule', () => {
    for (const r of RULES) expect(ids.some((id) => id.startsWith(`${r}.`)), r).toBe(true);
  });

  it.each(ids)('%s cites the seed or the article', (id) => {
    expect(t(id, {}, 'zh')).toMatch(CITES);
  });
});
