import { describe, expect, it } from 'vitest';
import {
  compact,
  hasUnreadableNumber,
  NOT_A_NUMBER,
  numberText,
  readNumber,
} from '../../src/tools/model/form-input.ts';
import {
  computeShortage,
  lessonSubstitutes,
  shortageCsv,
  shortageSummary,
  surveyTotals,
  type ShortageFields,
  type ShortageRetailer,
} from '../../src/tools/model/shortage.ts';

describe('number boxes on a phone', () => {
  it.each([
    ['12', 12],
    ['１２', 12],
    [' 1,200 ', 1200],
    ['３，４００', 3400],
    ['2.5', 2.5],
    ['-3', -3],
    ['', undefined],
    ['   ', undefined],
  ])('reads %j as %j', (text, value) => {
    expect(readNumber(text)).toBe(value);
  });

  it.each(['abc', '12條', '1.2.3', '--1'])('%j is not a number', (text) => {
    expect(readNumber(text)).toBeNaN();
  });

  it('shows stored numbers and nothing for none', () => {
    expect([numberText(40), numberText(undefined), numberText(Number.NaN)]).toEqual(['40', '', '']);
  });

  it('finds a box whose text is not a number anywhere in a form', () => {
    expect(hasUnreadableNumber({ a: 1, rows: [{ demand: 3 }, { demand: NOT_A_NUMBER }] })).toBe(true);
    expect(hasUnreadableNumber({ a: 1, rows: [{ demand: 3 }, { name: 'x' }] })).toBe(false);
  });

  it('compact drops only the empty keys', () => {
    expect(compact({ a: 1, b: undefined, c: '', d: 0 })).toEqual({ a: 1, c: '', d: 0 });
  });
});

let n = 0;
const id = () => `s${++n}`;
const shop = (name: string, area: string, demand: number, floor: number, accepts: 'yes' | 'partly' | 'no') =>
  ({
    id: id(),
    name,
    area,
    households: 1,
    demand,
    floor,
    accepts,
    goesTo: accepts === 'no' ? '去鄰區的店' : '',
  }) as ShortageRetailer;

// The 12 rows in 3 areas the e2e test fills in; 候車室小賣 refuses substitutes.
const twelve: ShortageFields = {
  product: '紅三環',
  date: '2026-10-18',
  available: 130,
  rows: [
    shop('站前一號', '車站片', 30, 12, 'yes'),
    shop('站前二號', '車站片', 25, 10, 'yes'),
    shop('候車室小賣', '車站片', 40, 20, 'no'),
    shop('站東雜貨', '車站片', 15, 6, 'partly'),
    shop('老街食雜', '老城片', 20, 8, 'yes'),
    shop('鐘樓便利', '老城片', 18, 7, 'yes'),
    shop('市場口', '老城片', 22, 9, 'partly'),
    shop('城隍廟前', '老城片', 10, 4, 'yes'),
    shop('新村超市', '新區片', 16, 6, 'yes'),
    shop('學府便利', '新區片', 12, 5, 'yes'),
    shop('花園小店', '新區片', 8, 3, 'partly'),
    shop('公園口', '新區片', 9, 4, 'yes'),
  ],
  substitutes: lessonSubstitutes(id),
};

describe('a survey of 12 rows becomes the allocation', () => {
  it('the refuser gets his 底線 first and the 130 條 add up exactly', () => {
    const r = computeShortage(twelve);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.allocation.rows.map((x) => x.allocation)).toEqual([18, 15, 20, 9, 12, 11, 13, 6, 9, 7, 5, 5]);
    expect(r.allocation.total.allocation).toBe(130);
    expect(r.allocation.byArea.map((a) => [a.label, a.households, a.demand, a.allocation])).toEqual([
      ['車站片', 4, 110, 62],
      ['老城片', 4, 70, 42],
      ['新區片', 4, 45, 26],
    ]);
    // 站前一號: gap 12 → 甲 60% = 7.2 → 7, 乙 25% = 3; the refuser gets no substitute.
    expect(r.allocation.rows[0]!.substitutes).toEqual({
      [twelve.substitutes[0]!.id]: 7,
      [twelve.substitutes[1]!.id]: 3,
    });
    expect(Object.values(r.allocation.rows[2]!.substitutes)).toEqual([0, 0]);
  });

  it('the survey table totals by area before any allocation', () => {
    const t = surveyTotals({ ...twelve, available: undefined });
    if (!t.ok) throw new Error('survey');
    expect(t.total).toMatchObject({ households: 12, demand: 225, floor: 94 });
    expect(t.byArea.map((a) => a.label)).toEqual(['車站片', '老城片', '新區片']);
  });

  it('names the survey in the list', () => {
    expect(shortageSummary(twelve)).toEqual({
      title: '紅三環',
      detail: '2026-10-18 · 12 戶 · 3 個片區 · 1 戶不願替代 · 可分配 130 條',
    });
  });

  it('exports the proposal as CSV with where customers go and the assumptions', () => {
    const r = shortageCsv(twelve);
    if (!r.ok) throw new Error('csv');
    expect(r.filename).toBe('紅三環-分配建議-2026-10-18.csv');
    const lines = r.csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('紅三環短缺調研與分配建議,2026-10-18,本月可分配 130 條');
    expect(lines[1]).toBe(
      '零售戶,片區,接受替代,平常月需求（條）,底線（條）,紅三環配量（條）,比底線少（條）,缺口（條）,甲建議（條）,乙建議（條）,消費者轉向',
    );
    expect(lines[4]).toBe('候車室小賣,車站片,不願,40,20,20,0,20,0,0,去鄰區的店');
    // 甲: 60% of each accepting shop's gap, rounded: 7+6+4+5+4+5+2+4+3+2+2 = 44; 乙: 25% at 願意 shops only = 15.
    expect(lines).toContain('合計（12 戶）,,,225,94,130,0,95,44,15,');
    expect(lines).toContain('不願替代的 1 戶先按底線配足：20 = 20 條。');
  });
});

describe('bad input gets a clear message and no numbers', () => {
  const cases: [string, Partial<ShortageFields>, string][] = [
    ['no rows', { rows: [] }, '還沒有零售戶。請至少加一戶（或一組）才能分配。'],
    ['nothing available yet', { available: undefined }, '本月可分配量沒有填。請填一個數字。'],
    ['a negative quantity', { available: -5 }, '本月可分配量不能是負數（填的是 -5）。'],
    [
      'more refuser floor than available',
      { available: 10 },
      '不願替代的 1 戶底線合計 20 條，比本月可分配的 10 條還多，保底原則分不下去。請核對可分配量與這幾戶的底線，或向公司說明缺口。',
    ],
    [
      'text in a number box',
      { rows: [{ ...twelve.rows[0]!, demand: NOT_A_NUMBER }] },
      '第 1 項（站前一號）的平常月需求不是數字。請只填阿拉伯數字，例如 12。',
    ],
    [
      'a floor above the usual demand',
      { rows: [{ ...twelve.rows[0]!, floor: 40 }] },
      '第 1 項（站前一號）的底線 40 條比平常月需求 30 條還多。底線是至少要有的量，不能超過平常賣的量。',
    ],
    [
      'no acceptance chosen',
      { rows: [{ ...twelve.rows[0]!, accepts: undefined }] },
      '第 1 項（站前一號）沒有選是否接受替代品（願意、部分或不願）。',
    ],
  ];
  it.each(cases)('%s', (_name, change, message) => {
    const fields = { ...twelve, ...change };
    const before = JSON.stringify(fields);
    const r = computeShortage(fields);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.message)).toContain(message);
    expect(JSON.stringify(fields)).toBe(before);
    expect(shortageCsv(fields).ok).toBe(false);
  });
});
