/**
 * The sales-plan form's view-model on the lesson's case (鄭偉's November: 10,200 條 in three areas and four weeks),
 * bad input that is refused with a message, and the chart's geometry.
 */
import { describe, expect, it } from 'vitest';
import { toolRecordChecks } from '../../src/progress/model/tool-records/index.ts';
import {
  blankPlan,
  chartBars,
  checkPlan,
  numberOf,
  partsSplit,
  periodRows,
  periodsSplit,
  salesDraftOf,
  salesRecordOf,
  type SalesDraft,
} from '../../src/tools/model/sales-form.ts';

let n = 0;
const id = () => `i${++n}`;
const part = (label: string, target: string) => ({
  id: id(),
  label,
  target,
  measures: '',
  obstacles: '',
  preparation: '',
});
const period = (label: string, plan: string, actual = '') => ({ id: id(), label, plan, actual });
const lessonCase = (): SalesDraft => ({
  ...blankPlan('plan-1', id),
  title: '十一月銷售計劃',
  total: '10,200',
  parts: [part('商業街片 28 戶', '4080'), part('住宅片 35 戶', '3570'), part('工業園片 22 戶', '2550')],
  periods: [
    period('第一週', '2300', '2250'),
    period('第二週', '2400'),
    period('第三週', '2400'),
    period('第四週', '3100'),
  ],
});

describe('the lesson’s case', () => {
  it('the three areas and the four weeks each add up to 10,200 條', () => {
    const parts = partsSplit(lessonCase());
    const weeks = periodsSplit(lessonCase());
    expect(parts).toMatchObject({ ok: true, balanced: true, sum: 10_200 });
    expect(weeks).toMatchObject({ ok: true, balanced: true, sum: 10_200 });
    expect(checkPlan(lessonCase())).toEqual([]);
  });
  it('shows the difference until the parts add up', () => {
    const draft = lessonCase();
    draft.parts[2]!.target = '2000';
    const split = partsSplit(draft);
    expect(split).toMatchObject({ ok: true, balanced: false, difference: 550 });
    if (split.ok) expect(split.message).toBe('分目標合計 9,650 條，比總目標 10,200 條少 550 條，還要再分出去。');
    // An unbalanced plan can still be saved: it is a plan in the making.
    expect(checkPlan(draft)).toEqual([]);
  });
  it('compares the reported week with its plan, later weeks left empty', () => {
    const rows = periodRows(lessonCase());
    expect(rows).toMatchObject({ ok: true, reported: 1, actualToDate: 2250, planToDate: 2300, differenceToDate: -50 });
    if (rows.ok) expect(rows.rows.map((r) => r.actual)).toEqual([2250, null, null, null]);
  });
  it('stores a valid record and reads it back as the same draft', () => {
    const record = salesRecordOf(lessonCase(), '2026-11-02T01:00:00.000Z');
    expect(record.total).toBe(10_200);
    expect(record.periods[1]).not.toHaveProperty('actual');
    expect(toolRecordChecks.salesPlans(structuredClone(record))).toBeUndefined();
    const again = salesDraftOf(record);
    expect(again.periods.map((p) => p.actual)).toEqual(['2250', '', '', '']);
    expect(again.total).toBe('10200');
  });
});

describe('bad input is refused with a message and nothing is computed', () => {
  it.each([
    ['an empty title', (d: SalesDraft) => (d.title = ' '), 'title', '計劃名稱沒有填'],
    ['a negative total', (d: SalesDraft) => (d.total = '-10'), 'total', '總目標不能是負數'],
    ['a total in words', (d: SalesDraft) => (d.total = '一萬'), 'total', '總目標不是數字'],
    ['a part without a name', (d: SalesDraft) => (d.parts[0]!.label = ''), 'parts[0].label', '名稱沒有填'],
    ['two parts with one name', (d: SalesDraft) => (d.parts[1]!.label = '商業街片 28 戶'), 'parts[1].label', '同名'],
    ['no parts at all', (d: SalesDraft) => (d.parts = []), 'parts', '還沒有分目標'],
    ['a week’s plan negative', (d: SalesDraft) => (d.periods[1]!.plan = '-1'), 'periods[1].plan', '不能是負數'],
    [
      'an actual after an empty week',
      (d: SalesDraft) => (d.periods[2]!.actual = '100'),
      'periods[1].actual',
      '請先補上',
    ],
    ['an actual in words', (d: SalesDraft) => (d.periods[0]!.actual = '很多'), 'periods[0].actual', '實際量不是數字'],
    [
      'an end before the start',
      (d: SalesDraft) => ((d.start = '2026-11-30'), (d.end = '2026-11-01')),
      'end',
      '早於開始日期',
    ],
  ])('%s', (_name, spoil, field, message) => {
    const draft = lessonCase();
    spoil(draft);
    const problems = checkPlan(draft);
    const found = problems.find((p) => p.field === field);
    expect(found?.message).toContain(message);
  });
});

describe('numberOf and chartBars', () => {
  it.each([
    ['', undefined],
    [' 1,200 ', 1200],
    ['2.5', 2.5],
    ['-3', -3],
    ['1e3', '1e3'],
    ['十', '十'],
  ])('%j → %j', (text, expected) => {
    expect(numberOf(text)).toEqual(expected);
  });
  it('scales bars to the tallest value and leaves unreported periods without an actual bar', () => {
    const rows = periodRows(lessonCase());
    if (!rows.ok) throw new Error('case');
    const { bars, max } = chartBars(rows.rows, 400, 100);
    expect(max).toBe(3100);
    expect(bars).toHaveLength(4);
    expect(bars[3]!.plan.height).toBeCloseTo(100);
    expect(bars[0]!.actual?.height).toBeCloseTo((2250 / 3100) * 100);
    expect(bars[1]!.actual).toBeNull();
    expect(bars[0]!.plan.y + bars[0]!.plan.height).toBeCloseTo(100);
  });
  it('draws nothing taller than the chart when every value is 0', () => {
    const { bars, max } = chartBars([{ label: 'w', plan: 0, actual: 0 } as never], 100, 50);
    expect(max).toBe(1);
    expect(bars[0]!.plan.height).toBe(0);
  });
});
