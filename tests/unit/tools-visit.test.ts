import { describe, expect, it } from 'vitest';
import { checkVisit, dayView, isIsoDate, type VisitPlan } from '../../src/tools/model/visit.ts';

// 陳姐便利店 from content/lessons/practice/purposeful-visit.mdx.
const chen: VisitPlan = {
  id: 'v1',
  retailer: '陳姐便利店',
  date: '2026-10-13',
  time: '09:30',
  order: 1,
  purpose: '四週內主銷品規不再斷貨；這次一起盤點庫存、補齊價簽',
  nextStep: '檢查主銷品規有無斷貨、積壓消化了幾條',
  nextStepDate: '2026-10-20',
};

describe('one visit', () => {
  it('a visit with a purpose and a dated next step passes without warnings', () => {
    expect(checkVisit(chen)).toEqual({ ok: true, warnings: [] });
  });

  it.each([
    ['no purpose', { purpose: '' }, ['no-purpose']],
    ['whitespace purpose', { purpose: '   ' }, ['no-purpose']],
    ['next step without a date', { nextStepDate: undefined }, ['next-step-without-date']],
    ['both', { purpose: '', nextStepDate: '' }, ['no-purpose', 'next-step-without-date']],
  ] as [string, Partial<VisitPlan>, string[]][])('warns: %s', (_name, change, codes) => {
    const r = checkVisit({ ...chen, ...change });
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.warnings.map((w) => w.code)).toEqual(codes);
  });

  it('the 走馬觀花 warning says what to do', () => {
    const r = checkVisit({ ...chen, purpose: '' });
    expect(r.ok && r.warnings[0]).toEqual({
      code: 'no-purpose',
      field: 'purpose',
      message: '沒有寫這次拜訪的目的，這樣的拜訪容易走馬觀花。出門前先寫下：這次拜訪結束時，這家店有什麼會不一樣？',
    });
  });

  it.each([
    [
      'next step before the visit',
      { nextStepDate: '2026-10-12' },
      'nextStepDate',
      '拜訪（陳姐便利店）的下一步日期 2026-10-12 早於拜訪日期 2026-10-13。下一步要排在拜訪當天或之後。',
    ],
    ['no retailer', { retailer: ' ' }, 'retailer', '這次拜訪的零售戶名稱或編號沒有填。'],
    ['no date', { date: '' }, 'date', '拜訪（陳姐便利店）的拜訪日期沒有填。'],
    [
      'impossible date',
      { date: '2026-02-30' },
      'date',
      '拜訪（陳姐便利店）的拜訪日期「2026-02-30」不是有效的日期，請寫成 2026-10-14 這樣的格式。',
    ],
    [
      'bad time',
      { time: '25:00' },
      'time',
      '拜訪（陳姐便利店）的時間「25:00」不是有效的時間，請寫成 09:30 這樣的格式。',
    ],
    ['order 0', { order: 0 }, 'order', '拜訪（陳姐便利店）的拜訪順序要大於 0。'],
    ['negative order', { order: -2 }, 'order', '拜訪（陳姐便利店）的拜訪順序不能是負數（填的是 -2）。'],
  ] as [string, Partial<VisitPlan>, string, string][])('refuses: %s', (_name, change, field, message) => {
    const visit = { ...chen, ...change };
    const snapshot = JSON.stringify(visit);
    expect(checkVisit(visit)).toEqual({ ok: false, problems: [{ field, message }] });
    expect(JSON.stringify(visit)).toBe(snapshot);
  });

  it('the next step on the visit day itself is fine', () => {
    expect(checkVisit({ ...chen, nextStepDate: chen.date }).ok).toBe(true);
  });

  it.each([
    ['2026-10-13', true],
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['2026-1-5', false],
    ['', false],
  ])('isIsoDate(%s) = %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });
});

describe('the day view', () => {
  const day = '2026-10-13';
  const visits: VisitPlan[] = [
    { id: 'a', retailer: '市場口雜貨', date: day, purpose: '核對低價位斷貨', time: '14:00' },
    { id: 'b', retailer: '東街食雜', date: day, purpose: '', order: 2 },
    { id: 'c', retailer: '陳姐便利店', date: day, purpose: '盤點庫存', order: 1, time: '09:30' },
    { id: 'd', retailer: '新村超市', date: '2026-10-14', purpose: '新品介紹', order: 1 },
    { id: 'e', retailer: '車站小賣', date: day, purpose: '送紅三環到貨時間', time: '11:00' },
    { id: 'f', retailer: '阿明商行', date: day, purpose: '' },
  ];

  it('lists only that day, by planned order, then time, then name; flags the visits without a purpose', () => {
    const r = dayView(visits, day);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.visits.map((v) => [v.position, v.visit.id, v.aimless])).toEqual([
      [1, 'c', false],
      [2, 'b', true],
      [3, 'e', false],
      [4, 'a', false],
      [5, 'f', true],
    ]);
    expect(r.aimless).toBe(2);
    expect(r.warnings).toEqual([]);
  });

  it('an empty day is an empty list, not an error', () => {
    const r = dayView(visits, '2026-10-20');
    expect(r).toEqual({ ok: true, date: '2026-10-20', visits: [], aimless: 0, warnings: [] });
  });

  it('two visits in the same place of the route are pointed out', () => {
    const r = dayView([...visits, { id: 'g', retailer: '老街便利', date: day, purpose: '陳列', order: 1 }], day);
    expect(r.ok && r.warnings).toEqual([
      { code: 'same-order', field: 'order', message: '陳姐便利店、老街便利都排在第 1 個，請重新排一下先後。' },
    ]);
  });

  it.each([
    [visits, '2026/10/13', 'date', '要看的日期「2026/10/13」不是有效的日期，請寫成 2026-10-14 這樣的格式。'],
    [
      [...visits, { ...chen, id: 'h', nextStepDate: '2026-10-01' }],
      day,
      'visits[6].nextStepDate',
      '第 7 筆拜訪（陳姐便利店）的下一步日期 2026-10-01 早於拜訪日期 2026-10-13。下一步要排在拜訪當天或之後。',
    ],
  ] as [VisitPlan[], string, string, string][])('refuses bad input %#', (list, date, field, message) => {
    expect(dayView(list, date)).toEqual({ ok: false, problems: [{ field, message }] });
  });
});
