// The shared "您是不是要写…" helper: which id it proposes, and when it stays silent.
import { describe, expect, it } from 'vitest';
import { editDistance, suggest, suggestion } from '../../src/util/suggest.js';

const CATEGORIES = ['行政许可', '行政处罚', '行政强制', '行政征收', '行政给付', '行政检查', '行政确认', '行政奖励', '行政裁决', '其他行政权力', '内部管理'];

describe('suggest', () => {
  const cases: [string, string[], string | undefined][] = [
    ['F7', ['F01', 'F02', 'F07'], 'F07'], // leading zeros
    ['SZF-MZ-2', ['SZF-MZ-01', 'SZF-MZ-02'], 'SZF-MZ-02'],
    ['shzz-s1', ['shzz-sl', 'shzz-sp'], 'shzz-sl'], // digit one for letter l, a tie by edit distance
    ['CGS-SL', ['cgs-sl', 'cgs-sp'], 'cgs-sl'], // case
    ['ｃｇｓ－ｓｌ', ['cgs-sl', 'cgs-sp'], 'cgs-sl'], // full-width letters (NFKC)
    ['许可', CATEGORIES, '行政许可'], // the only candidate containing it
    ['行政許可', CATEGORIES, '行政许可'], // traditional characters
    ['行政检察', CATEGORIES, '行政检查'], // one character off
    ['statuss', ['status', 'code', 'name'], 'status'],
    ['F9', ['F01', 'F02'], undefined], // equally far from both: no guess
    ['处罚', ['行政处罚', '其他处罚'], undefined], // contained in two: no guess
    ['完全不同', ['F01', 'F02'], undefined],
    ['', ['F01'], undefined],
  ];
  for (const [word, candidates, expected] of cases) {
    it(`${word || '(empty)'} → ${expected ?? 'nothing'}`, () => expect(suggest(word, candidates)).toBe(expected));
  }

  it('never proposes the word itself', () => expect(suggest('F01', ['F01'])).toBeUndefined());

  it('lists the ids when none is close and they are few, else says nothing', () => {
    expect(suggestion('F9', ['F01', 'F02'])).toEqual({ choices: ['F01', 'F02'] });
    expect(suggestion('F9', Array.from({ length: 20 }, (_, i) => `X${i + 10}`))).toEqual({});
    expect(suggestion('F7', ['F07', 'F08'])).toEqual({ suggestion: 'F07' });
  });

  it('counts Chinese characters as one each', () => {
    expect(editDistance('行政许可', '行政处罚')).toBe(2);
    expect(editDistance('', 'abc')).toBe(3);
  });
});
