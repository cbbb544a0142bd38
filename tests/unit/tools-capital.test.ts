import { describe, expect, it } from 'vitest';
import {
  capitalAcrossTiers,
  compareCapital,
  type CapitalInput,
  type CapitalItem,
} from '../../src/tools/model/capital.ts';
import { stockLevel } from '../../src/tools/model/stock.ts';

// 劉姐's table in content/lessons/practice/capital-and-display.mdx.
const item = (name: string, tier: string, unitCost: number, unitMargin: number, weeklyDemand: number, stock: number) =>
  ({ name, tier, unitCost, unitMargin, weeklyDemand, stock }) satisfies CapitalItem;
const before: CapitalInput = {
  budget: 15000,
  items: [
    item('甲', '中價位', 200, 20, 24, 20),
    item('乙', '低價位', 100, 9, 15, 21),
    item('丙', '高價位', 450, 50, 3, 15),
    item('丁', '中價位', 220, 22, 1, 10),
  ],
};
const after: CapitalInput = {
  budget: 15000,
  items: [
    item('甲', '中價位', 200, 20, 24, 34),
    item('乙', '低價位', 100, 9, 15, 21),
    item('丙', '高價位', 450, 50, 3, 4),
    item('丁', '中價位', 220, 22, 1, 2),
  ],
};

function ok<T extends { ok: boolean }>(result: T): Extract<T, { ok: true }> {
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result as Extract<T, { ok: true }>;
}

describe('劉姐的資金重新配置 reproduces', () => {
  it('占用資金 15,050 → 11,140 元, 每週毛利 707 → 787 元: 3,910 元 freed, 80 元 more', () => {
    const r = ok(compareCapital(before, after));
    expect([r.before.capital, r.after.capital, r.capitalFreed]).toEqual([15050, 11140, 3910]);
    expect([r.before.weeklyProfit, r.after.weeklyProfit, r.profitChange]).toEqual([707, 787, 80]);
    expect(r.summary).toBe(
      '每週毛利由約 707 元變為約 787 元，多了 80 元；占用資金少了 3,910 元（15,050 → 11,140 元）。',
    );
  });

  it('丙 and 丁 tie up almost 9,000 元 before; 甲 sells only its 20 條 and is short 4 a week', () => {
    const r = ok(capitalAcrossTiers(before));
    const value = (name: string) => r.items.find((x) => x.name === name)!.stockValue;
    expect(value('丙') + value('丁')).toBe(8950);
    expect(r.items[0]).toMatchObject({ weeklySold: 20, weeklyShort: 4, weeklyProfit: 400 });
    expect(r.budgetLeft).toBe(-50);
    expect(r.explanation).toContain('甲每週需求比庫存能賣的多 4 條，會斷貨。');
  });

  it('the tiers: 高價位 holds 44.9% of the capital for 17.2% of the sales', () => {
    const r = ok(capitalAcrossTiers(before));
    expect(
      r.tiers.map((t) => [t.tier, t.stockValue, Math.round(t.capitalShare * 1000) / 10, t.salesValue, t.overweight]),
    ).toEqual([
      ['中價位', 6200, 41.2, 5020, false],
      ['低價位', 2100, 14, 1500, false],
      ['高價位', 6750, 44.9, 1350, true],
    ]);
    expect(r.explanation).toContain('高價位占資金 44.9%，只占銷售 17.2%：錢壓在賣得慢的貨上。');
    const later = ok(capitalAcrossTiers(after));
    expect(later.tiers.filter((t) => t.overweight)).toEqual([]);
    expect(later.budgetLeft).toBe(3860);
  });

  it('甲’s 34 條 is 週需求 + 三天安全庫存 by the stock method', () => {
    expect(ok(stockLevel({ weeklySales: 24, currentStock: 20 })).upperLimit).toBe(34);
  });

  it('a two-week delivery cycle halves what a week can sell from the same stock', () => {
    const r = ok(capitalAcrossTiers({ ...before, cycleWeeks: 2 }));
    expect(r.items[0]!.weeklySold).toBe(10);
  });
});

describe('bad input gets a clear message and no numbers', () => {
  const good = before.items[0]!;
  it.each([
    ['no items', { items: [] }, 'items', '還沒有品規。請至少填一個品規的進價、毛利、每週需求與庫存。'],
    ['zero cost', { items: [{ ...good, unitCost: 0 }] }, 'items[0].unitCost', '第 1 個品規（甲）的進價要大於 0。'],
    [
      'negative margin',
      { items: [{ ...good, unitMargin: -5 }] },
      'items[0].unitMargin',
      '第 1 個品規（甲）的每條毛利不能是負數（填的是 -5）。',
    ],
    [
      'NaN demand',
      { items: [{ ...good, weeklyDemand: Number.NaN }] },
      'items[0].weeklyDemand',
      '第 1 個品規（甲）的每週需求不是數字。請只填阿拉伯數字，例如 12。',
    ],
    [
      'fractional stock',
      { items: [{ ...good, stock: 1.5 }] },
      'items[0].stock',
      '第 1 個品規（甲）的庫存要是整數（填的是 1.5）。',
    ],
    ['empty tier', { items: [{ ...good, tier: '' }] }, 'items[0].tier', '第 1 個品規（甲）的價位段沒有填。'],
    ['negative budget', { items: [good], budget: -1 }, 'budget', '可用資金不能是負數（填的是 -1）。'],
  ] as [string, CapitalInput, string, string][])('%s', (_name, input, field, message) => {
    const snapshot = JSON.stringify(input);
    expect(capitalAcrossTiers(input)).toEqual({ ok: false, problems: [{ field, message }] });
    expect(JSON.stringify(input)).toBe(snapshot);
  });

  it('compare names which side is wrong', () => {
    expect(compareCapital(before, { items: [] })).toEqual({
      ok: false,
      problems: [{ field: 'after.items', message: '還沒有品規。請至少填一個品規的進價、毛利、每週需求與庫存。' }],
    });
  });
});
