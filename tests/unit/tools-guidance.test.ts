import { describe, expect, it } from 'vitest';
import { NOT_A_NUMBER } from '../../src/tools/model/form-input.ts';
import {
  capitalCheck,
  checkGuidance,
  DISPLAY_CHECKS,
  displayCheck,
  guidanceSummary,
  isMonth,
  monthLabel,
  monthlyView,
  stockCheck,
  swapCheck,
  type GuidanceFields,
} from '../../src/tools/model/guidance.ts';

const base: GuidanceFields = {
  retailer: '魏老闆食雜店',
  grade: '三檔',
  month: '2026-11',
  date: '2026-11-20',
  swaps: [],
  hotItems: [],
  stock: [],
  capital: [],
  display: {},
};

describe('stock check by the slow-and-fast-movers method', () => {
  it('corrects a week with stock-out days before the limit: 18 sold in 5 days → 25 a week', () => {
    const [row] = stockCheck({
      ...base,
      stock: [{ id: 'a', product: '丙', weeklySales: 18, daysInStock: 5, currentStock: 4 }],
    });
    if (!row?.level?.ok) throw new Error('level');
    // 18 × 7 ÷ 5 = 25.2 → 25; safety 25 × 3 ÷ 7 = 10.71 → 11; limit 25 + 11 = 36; order 36 − 4 = 32.
    expect([row.level.weeklyDemand, row.level.safetyStock, row.level.upperLimit, row.level.suggestedOrder]).toEqual([
      25, 11, 36, 32,
    ]);
    expect(row.level.hiddenDemand).toBe(7);
  });

  it('a row not filled in yet has no result; a bad row is named by its product', () => {
    const rows = stockCheck({
      ...base,
      stock: [
        { id: 'a', product: '甲' },
        { id: 'b', product: '乙', weeklySales: -2, currentStock: 3 },
        { id: 'c', product: '丁', weeklySales: NOT_A_NUMBER, currentStock: 3 },
      ],
    });
    expect(rows[0]!.level).toBeNull();
    expect(rows[1]!.level).toEqual({
      ok: false,
      problems: [{ field: 'stock[1].weeklySales', message: '庫存第 2 項（乙）：週銷量不能是負數（填的是 -2）。' }],
    });
    expect(rows[2]!.level?.ok === false && rows[2]!.level.problems[0]!.message).toBe(
      '庫存第 3 項（丁）：週銷量不是數字。請只填阿拉伯數字，例如 12。',
    );
  });

  it('a slow mover: 金岫禮盒 sells about 1 a week, 12 in stock → keep 2, 10 to swap', () => {
    const [row] = swapCheck({
      ...base,
      swaps: [{ id: 's', product: '金岫禮盒', stock: 12, weeklySales: 1, receiver: '卓老闆超市' }],
    });
    if (!row?.level?.ok) throw new Error('swap');
    expect([row.level.upperLimit, row.level.surplus]).toEqual([2, 10]);
  });

  it('a two-week delivery cycle doubles the cycle stock', () => {
    const [row] = stockCheck({
      ...base,
      cycleWeeks: 2,
      safetyDays: 2,
      stock: [{ id: 'a', product: '甲', weeklySales: 14, currentStock: 0 }],
    });
    if (!row?.level?.ok) throw new Error('level');
    expect(row.level.upperLimit).toBe(28 + 4);
  });
});

describe('capital across tiers and the display checklist', () => {
  it('nothing to show until a line is filled in', () => {
    expect(capitalCheck({ ...base, capital: [{ id: 'x', name: '', tier: '' }] })).toBeNull();
  });

  it('flags the tier that ties up more money than it sells', () => {
    const r = capitalCheck({
      ...base,
      budget: 10_000,
      capital: [
        { id: '1', name: '甲', tier: '中價位', unitCost: 100, unitMargin: 10, weeklyDemand: 20, stock: 20 },
        { id: '2', name: '丙', tier: '高價位', unitCost: 400, unitMargin: 30, weeklyDemand: 1, stock: 15 },
      ],
    });
    if (!r?.ok) throw new Error('capital');
    expect(r.capital).toBe(8_000);
    expect(r.budgetLeft).toBe(2_000);
    expect(r.tiers.find((t) => t.tier === '高價位')!.overweight).toBe(true);
  });

  it('a capital line with a zero cost is refused with its name', () => {
    const r = capitalCheck({
      ...base,
      capital: [{ id: '1', name: '甲', tier: '中', unitCost: 0, unitMargin: 1, weeklyDemand: 1, stock: 1 }],
    });
    expect(r?.ok).toBe(false);
    if (r && !r.ok) expect(r.problems[0]!.message).toBe('第 1 個品規（甲）的進價要大於 0。');
  });

  it('counts the checklist and lists what is open, in the lesson’s order', () => {
    const d = displayCheck({ ...base, display: { 'price-tags': true, minors: true, facings: false } });
    expect(d.done).toBe(2);
    expect(d.total).toBe(8);
    expect(d.open[0]).toBe(DISPLAY_CHECKS[1]!.text);
  });
});

describe('months and the monthly view', () => {
  it.each([
    ['2026-11', true],
    ['2026-13', false],
    ['2026-1', false],
    ['', false],
  ])('isMonth(%j) = %s', (value, expected) => {
    expect(isMonth(value)).toBe(expected);
  });

  it('writes a month the Chinese way', () => {
    expect(monthLabel('2026-03')).toBe('2026年3月');
  });

  it('refuses a sheet without retailer or month, with reasons', () => {
    expect(checkGuidance({ ...base, retailer: ' ', month: '' }).map((p) => p.field)).toEqual(['retailer', 'month']);
    expect(checkGuidance(base)).toEqual([]);
  });

  it('groups by retailer, newest month first, with 本月評價 and 下月方向', () => {
    const view = monthlyView([
      { id: '1', fields: { ...base, month: '2026-10', evaluation: '斷貨兩次', direction: '每週看丙的庫存' } },
      { id: '2', fields: { ...base, retailer: '劉姐便利店', month: '2026-11' } },
      {
        id: '3',
        fields: {
          ...base,
          retailer: '魏老闆 食雜店',
          evaluation: '不再斷貨',
          direction: '試放戊兩週',
          display: { 'price-tags': true },
          stock: [{ id: 'a', product: '丙', weeklySales: 18, daysInStock: 5, currentStock: 4 }],
        },
      },
    ]);
    expect(view.map((g) => g.retailer)).toEqual(['劉姐便利店', '魏老闆食雜店']);
    const wei = view[1]!;
    expect(wei.months.map((m) => [m.month, m.evaluation, m.direction, m.display.done, m.toOrder])).toEqual([
      ['2026-11', '不再斷貨', '試放戊兩週', 1, 1],
      ['2026-10', '斷貨兩次', '每週看丙的庫存', 0, 0],
    ]);
  });

  it('names a sheet in the list', () => {
    expect(guidanceSummary(base)).toEqual({ title: '魏老闆食雜店', detail: '2026年11月 · 三檔 · 陳列 0/8' });
  });
});
