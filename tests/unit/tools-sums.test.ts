import { describe, expect, it } from 'vitest';
import {
  paceCheck,
  planVsActual,
  splitTarget,
  type PeriodRecord,
  type TargetPart,
} from '../../src/tools/model/sums.ts';

// 鄭偉的十一月銷售計劃 in content/lessons/practice/sales-plan.mdx.
const areas: TargetPart[] = [
  { label: '商業街片 28 戶', target: 4080 },
  { label: '住宅片 35 戶', target: 3570 },
  { label: '工業園片 22 戶', target: 2550 },
];
const weeks: PeriodRecord[] = [
  { label: '第一週（1 至 7 日）', plan: 2300 },
  { label: '第二週（8 至 14 日）', plan: 2400 },
  { label: '第三週（15 至 21 日）', plan: 2400 },
  { label: '第四週（22 至 30 日）', plan: 3100 },
];

describe('分目標 must add up to the total', () => {
  it.each([
    ['the lesson’s areas', areas, 0, true, '分目標合計 10,200 條，和總目標相符。'],
    [
      'the lesson’s weeks',
      weeks.map((w) => ({ label: w.label, target: w.plan })),
      0,
      true,
      '分目標合計 10,200 條，和總目標相符。',
    ],
    [
      'one area still missing',
      areas.slice(0, 2),
      2550,
      false,
      '分目標合計 7,650 條，比總目標 10,200 條少 2,550 條，還要再分出去。',
    ],
    [
      'the average split 85 × 125 gives out too much',
      [{ label: '每戶平均', target: 85 * 125 }],
      -425,
      false,
      '分目標合計 10,625 條，比總目標 10,200 條多 425 條，請減回來。',
    ],
  ])('%s', (_name, parts, difference, balanced, message) => {
    const r = splitTarget({ total: 10200, parts });
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect([r.difference, r.balanced, r.message]).toEqual([difference, balanced, message]);
  });

  it('shares of each part', () => {
    const r = splitTarget({ total: 10200, parts: areas });
    if (!r.ok) throw new Error('refused');
    expect(r.parts.map((p) => Math.round(p.share * 100))).toEqual([40, 35, 25]);
  });

  it.each([
    [{ total: -1, parts: areas }, 'total', '總目標不能是負數（填的是 -1）。'],
    [{ total: Number.NaN, parts: areas }, 'total', '總目標不是數字。請只填阿拉伯數字，例如 12。'],
    [{ total: 10200, parts: [] }, 'parts', '還沒有分目標。請把總目標按片區、品規或週拆成至少一個分目標。'],
    [{ total: 10200, parts: [{ label: '', target: 5 }] }, 'parts[0].label', '第 1 個分目標的名稱沒有填。'],
    [
      { total: 10200, parts: [{ label: '商業街片', target: -20 }] },
      'parts[0].target',
      '第 1 個分目標（商業街片）的數量不能是負數（填的是 -20）。',
    ],
    [
      {
        total: 10200,
        parts: [
          { label: '商業街片', target: 1 },
          { label: '商業街片', target: 2 },
        ],
      },
      'parts[1].label',
      '第 2 個分目標（商業街片）和前面的分目標同名，請改一個能分辨的名稱。',
    ],
  ])('bad input %#: %s', (input, field, message) => {
    const snapshot = JSON.stringify(input);
    expect(splitTarget(input)).toEqual({ ok: false, problems: [{ field, message }] });
    expect(JSON.stringify(input)).toBe(snapshot);
  });
});

describe('plan against actual', () => {
  it('per week and cumulative; unreported weeks stay empty', () => {
    const r = planVsActual([{ ...weeks[0]!, actual: 2350 }, { ...weeks[1]!, actual: 2300 }, weeks[2]!, weeks[3]!]);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(
      r.rows.map((x) => [x.actual, x.difference, x.cumulativePlan, x.cumulativeActual, x.cumulativeDifference]),
    ).toEqual([
      [2350, 50, 2300, 2350, 50],
      [2300, -100, 4700, 4650, -50],
      [null, null, 7100, null, null],
      [null, null, 10200, null, null],
    ]);
    expect(r.rows[1]!.cumulativeCompletion).toBeCloseTo(4650 / 4700, 10);
    expect([r.reported, r.planTotal, r.planToDate, r.actualToDate, r.differenceToDate]).toEqual([
      2, 10200, 4700, 4650, -50,
    ]);
  });

  it('a zero plan has no completion rate instead of dividing by zero', () => {
    const r = planVsActual([{ label: '停產週', plan: 0, actual: 12 }]);
    if (!r.ok) throw new Error('refused');
    expect(r.rows[0]!.completion).toBeNull();
    expect(r.rows[0]!.difference).toBe(12);
  });

  it.each([
    [[], 'periods', '還沒有時段。請先把計劃按週或按月填上。'],
    [[{ label: '第一週', plan: -5 }], 'periods[0].plan', '第 1 個時段（第一週）的計劃量不能是負數（填的是 -5）。'],
    [
      [{ label: '第一週', plan: 5, actual: Number.NaN }],
      'periods[0].actual',
      '第 1 個時段（第一週）的實際量不是數字。請只填阿拉伯數字，例如 12。',
    ],
    [
      [
        { label: '第一週', plan: 5, actual: 5 },
        { label: '第二週', plan: 5 },
        { label: '第三週', plan: 5, actual: 4 },
      ],
      'periods[1].actual',
      '第 2 個時段（第二週）還沒填實際量，後面的時段卻已經有了。請先補上（沒有銷量就填 0），累計才不會算錯。',
    ],
  ] as [PeriodRecord[], string, string][])('bad input %#', (periods, field, message) => {
    expect(planVsActual(periods)).toEqual({ ok: false, problems: [{ field, message }] });
  });
});

describe('progress against time (the daily summary)', () => {
  it('the lesson: 1,368 of 2,400 after 4 of 7 days is 57%, 持平', () => {
    const r = paceCheck({ target: 2400, actual: 1368, elapsedDays: 4, totalDays: 7 });
    if (!r.ok) throw new Error('refused');
    expect(r.status).toBe('on-pace');
    expect(r.summary).toBe('累計 1,368 條，目標 2,400 條，完成 57%，和時間進度（7 天過了 4 天）持平。');
  });

  it.each([
    [1800, 'ahead', '累計 1,800 條，目標 2,400 條，完成 75%，和時間進度（7 天過了 4 天）超前 17.9 個百分點。'],
    [1000, 'behind', '累計 1,000 條，目標 2,400 條，完成 42%，和時間進度（7 天過了 4 天）落後 15.5 個百分點。'],
  ] as const)('%i 條 → %s', (actual, status, summary) => {
    const r = paceCheck({ target: 2400, actual, elapsedDays: 4, totalDays: 7 });
    if (!r.ok) throw new Error('refused');
    expect([r.status, r.summary]).toEqual([status, summary]);
  });

  it.each([
    [{ target: 0, actual: 1, elapsedDays: 1, totalDays: 7 }, 'target', '目標要大於 0。'],
    [{ target: 10, actual: 1, elapsedDays: 8, totalDays: 7 }, 'elapsedDays', '已過天數不能大於 7（填的是 8）。'],
    [{ target: 10, actual: -1, elapsedDays: 1, totalDays: 7 }, 'actual', '累計實際量不能是負數（填的是 -1）。'],
    [{ target: 10, actual: 1, elapsedDays: 1, totalDays: 0 }, 'totalDays', '總天數要大於 0。'],
  ])('bad input %#', (input, field, message) => {
    expect(paceCheck(input)).toEqual({ ok: false, problems: [{ field, message }] });
  });
});
