import { describe, expect, it } from 'vitest';
import {
  baseWeeklySales,
  correctMonthlyDemand,
  correctWeeklyDemand,
  seasonalForecast,
  stockLevel,
  type StockInput,
} from '../../src/tools/model/stock.ts';

function ok<T extends { ok: boolean }>(result: T): Extract<T, { ok: true }> {
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result as Extract<T, { ok: true }>;
}

describe('魏老闆食雜店 (slow-and-fast-movers): every cell of the table', () => {
  // 品規 · 週銷量 · 有貨天數 · 現有庫存 → 週需求 · 安全庫存 · 合理上限 · 建議訂貨 · 多出
  it.each([
    ['甲（中價位）', 14, 7, 9, 14, 6, 20, 11, 0],
    ['乙（高價位）', 2, 7, 16, 2, 1, 3, 0, 13],
    ['丙（低價位）', 30, 5.5, 5, 38, 16, 54, 49, 0],
  ])('%s', (_name, weeklySales, daysInStock, currentStock, demand, safety, upper, order, surplus) => {
    const r = ok(stockLevel({ weeklySales, daysInStock, currentStock }));
    expect([r.weeklyDemand, r.safetyStock, r.upperLimit, r.suggestedOrder, r.surplus]).toEqual([
      demand,
      safety,
      upper,
      order,
      surplus,
    ]);
  });

  it('乙 lasts about 8 weeks; 丙 hides 8 條 of demand a week', () => {
    const b = ok(stockLevel({ weeklySales: 2, currentStock: 16 }));
    expect(b.weeksOfStock).toBe(8);
    expect(b.explanation.at(-1)).toBe('現有 16 條比上限多 13 條：暫停補貨，按週需求約 8 週才能賣完。');
    const c = ok(stockLevel({ weeklySales: 30, daysInStock: 5.5, currentStock: 5 }));
    expect(c.hiddenDemand).toBe(8);
    expect(c.explanation).toEqual([
      '週需求 = 週銷量 × 7 ÷ 有貨天數 = 30 × 7 ÷ 5.5 = 38.18，四捨五入為 38 條。',
      '安全庫存抓 3 天的需求：38 × 3 ÷ 7 = 16.29，四捨五入為 16 條。',
      '合理上限 = 週需求 × 送貨週期 1 週 + 安全庫存 = 38 + 16 = 54 條。',
      '建議訂貨 = 54 − 現有 5 = 49 條。',
    ]);
  });
});

describe('孫老闆便利店 (forecast-and-swap)', () => {
  it('base weekly sales: 24, 25, 18 (5 days), 25 → 25; 23 uncorrected', () => {
    const r = ok(baseWeeklySales([{ sold: 24 }, { sold: 25 }, { sold: 18, daysInStock: 5 }, { sold: 25 }]));
    expect(r.corrected).toEqual([24, 25, 25, 25]);
    expect(r.average).toBe(25);
    expect(r.uncorrectedAverage).toBe(23);
    expect(r.explanation).toEqual([
      '第 3 週：週需求 = 週銷量 × 7 ÷ 有貨天數 = 18 × 7 ÷ 5 = 25.2，四捨五入為 25 條。',
      '平均（24 + 25 + 25 + 25）÷ 4 = 24.75，四捨五入為 25 條。',
      '不補斷貨的話只有 23 條，會少備。',
    ]);
  });

  it('the seasonal table: multipliers 1 · 1.5 · 0.8 · 0.9 and 25 · 38 · 20 · 23', () => {
    const r = ok(
      seasonalForecast({
        base: 25,
        lastYearNormal: 20,
        periods: [
          { label: '平常週', lastYear: 20 },
          { label: '春節前兩週', lastYear: 30 },
          { label: '春節當週', lastYear: 16 },
          { label: '春節後兩週', lastYear: 18 },
        ],
      }),
    );
    expect(r.periods.map((p) => [p.label, p.multiplier, p.forecast])).toEqual([
      ['平常週', 1, 25],
      ['春節前兩週', 1.5, 38],
      ['春節當週', 0.8, 20],
      ['春節後兩週', 0.9, 23],
    ]);
  });

  it.each([
    // 節前: 38 × 3 ÷ 7 ≈ 16, 上限 54, 現有 12 → 訂 42; 春節當週: 20 + 9 = 29
    ['春節前', 38, 12, 16, 54, 42],
    ['春節當週', 20, 0, 9, 29, 29],
  ])('%s: safety %#', (_label, weeklySales, currentStock, safety, upper, order) => {
    const r = ok(stockLevel({ weeklySales, currentStock }));
    expect([r.safetyStock, r.upperLimit, r.suggestedOrder]).toEqual([safety, upper, order]);
  });

  it('金岫禮盒: about 1 a week, 12 in stock → keep 2, 10 surplus; 卓老闆 sells 4, has 2 → limit 6, room for 4', () => {
    const gift = ok(stockLevel({ weeklySales: 1, currentStock: 12 }));
    expect([gift.upperLimit, gift.surplus]).toEqual([2, 10]);
    expect(gift.explanation[1]).toBe(
      '安全庫存抓 3 天的需求：1 × 3 ÷ 7 = 0.43，四捨五入為 0 條；有銷量的品規至少留 1 條，取 1 條。',
    );
    const receiver = ok(stockLevel({ weeklySales: 4, currentStock: 2 }));
    expect([receiver.upperLimit, receiver.suggestedOrder]).toEqual([6, 4]);
  });
});

describe('corrections for stock-out days', () => {
  it.each([
    // purposeful-visit: 10 × 7 ÷ 5 = 14
    [10, 5, 14],
    [18, 5, 25],
    [30, 5.5, 38],
    [14, 7, 14],
    [0, 3, 0],
  ])('week: %i sold in %i days → %i', (sold, daysInStock, demand) => {
    expect(ok(correctWeeklyDemand({ sold, daysInStock })).demand).toBe(demand);
  });

  it.each([
    [90, 30, 25, 108, '月需求 = 月銷量 × 當月天數 ÷ 有貨天數 = 90 × 30 ÷ 25 = 108，四捨五入為 108 條。'],
    [100, 31, 31, 100, '整月沒有斷貨，月需求就是月銷量 100 條。'],
    [40, 28, 21, 53, '月需求 = 月銷量 × 當月天數 ÷ 有貨天數 = 40 × 28 ÷ 21 = 53.33，四捨五入為 53 條。'],
  ])('month: %i sold, %i days, %i in stock → %i', (sold, daysInMonth, daysInStock, demand, explanation) => {
    const r = ok(correctMonthlyDemand({ sold, daysInMonth, daysInStock }));
    expect([r.demand, r.explanation]).toEqual([demand, explanation]);
  });

  it('adjustable: two-week delivery and 2 safety days', () => {
    const r = ok(stockLevel({ weeklySales: 14, cycleWeeks: 2, safetyDays: 2, currentStock: 10 }));
    expect([r.safetyStock, r.upperLimit, r.suggestedOrder]).toEqual([4, 32, 22]);
  });
});

describe('bad input gets a clear message and no numbers', () => {
  const base: StockInput = { weeklySales: 14, currentStock: 9 };
  it.each([
    ['negative sales', { ...base, weeklySales: -1 }, 'weeklySales', '週銷量不能是負數（填的是 -1）。'],
    ['NaN sales', { ...base, weeklySales: Number.NaN }, 'weeklySales', '週銷量不是數字。請只填阿拉伯數字，例如 12。'],
    [
      'empty stock',
      { ...base, currentStock: undefined as unknown as number },
      'currentStock',
      '現有庫存沒有填。請填一個數字。',
    ],
    ['fractional stock', { ...base, currentStock: 2.5 }, 'currentStock', '現有庫存要是整數（填的是 2.5）。'],
    ['more days in stock than a week', { ...base, daysInStock: 8 }, 'daysInStock', '有貨天數不能大於 7（填的是 8）。'],
    [
      'sold with zero days in stock',
      { ...base, daysInStock: 0 },
      'daysInStock',
      '有貨天數是 0，卻有銷量。請核對有貨天數。',
    ],
    [
      'out of stock the whole week',
      { ...base, weeklySales: 0, daysInStock: 0 },
      'daysInStock',
      '有貨天數是 0：整段時間都斷貨，從銷量推算不出需求。請改用斷貨前的銷量。',
    ],
    ['zero delivery cycle', { ...base, cycleWeeks: 0 }, 'cycleWeeks', '送貨週期（週）要大於 0。'],
    ['negative safety days', { ...base, safetyDays: -2 }, 'safetyDays', '安全庫存天數不能是負數（填的是 -2）。'],
  ] as [string, StockInput, string, string][])('%s', (_name, input, field, message) => {
    const before = JSON.stringify(input);
    const r = stockLevel(input);
    expect(r).toEqual({ ok: false, problems: [{ field, message }] });
    expect(JSON.stringify(input)).toBe(before);
  });

  it.each([
    [{ sold: 90, daysInMonth: 30, daysInStock: 31 }, 'daysInStock', '有貨天數不能大於 30（填的是 31）。'],
    [{ sold: 90, daysInMonth: 27, daysInStock: 20 }, 'daysInMonth', '當月天數要在 28 到 31 之間（填的是 27）。'],
    [{ sold: -9, daysInMonth: 30, daysInStock: 20 }, 'sold', '月銷量不能是負數（填的是 -9）。'],
  ])('month %j', (input, field, message) => {
    expect(correctMonthlyDemand(input)).toEqual({ ok: false, problems: [{ field, message }] });
  });

  it('no weeks, and a bad week named by its number', () => {
    expect(baseWeeklySales([])).toEqual({
      ok: false,
      problems: [{ field: 'weeks', message: '還沒有週銷量記錄。請至少填一週（最好近四個平常週）。' }],
    });
    expect(baseWeeklySales([{ sold: 24 }, { sold: -3 }])).toEqual({
      ok: false,
      problems: [{ field: 'weeks[1].sold', message: '第 2 週的週銷量不能是負數（填的是 -3）。' }],
    });
  });

  it('seasonal forecast refuses a zero normal week and an empty period list', () => {
    expect(seasonalForecast({ base: 25, lastYearNormal: 0, periods: [] })).toEqual({
      ok: false,
      problems: [
        { field: 'lastYearNormal', message: '去年平常週銷量要大於 0。' },
        { field: 'periods', message: '還沒有要預估的時段。請至少填一個時段與去年同期的週銷量。' },
      ],
    });
  });
});
