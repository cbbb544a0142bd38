import { describe, expect, it } from 'vitest';
import {
  allocateByGroup,
  allocateShortage,
  apportion,
  summarizeSurvey,
  switchShares,
  type AllocationInput,
  type SurveyRow,
  type Substitute,
} from '../../src/tools/model/allocation.ts';

// The survey table of content/lessons/practice/shortage-research.mdx, row by row.
const lessonRows: SurveyRow[] = [
  { area: '車站片', accepts: 'yes', households: 9, demand: 120, floor: 46 },
  { area: '車站片', accepts: 'partly', households: 2, demand: 28, floor: 11 },
  { area: '車站片', accepts: 'no', households: 7, demand: 112, floor: 56 },
  { area: '老城片', accepts: 'yes', households: 18, demand: 130, floor: 50 },
  { area: '老城片', accepts: 'partly', households: 5, demand: 44, floor: 17 },
  { area: '老城片', accepts: 'no', households: 3, demand: 36, floor: 18 },
  { area: '新區片', accepts: 'yes', households: 14, demand: 92, floor: 34 },
  { area: '新區片', accepts: 'partly', households: 5, demand: 30, floor: 11 },
  { area: '新區片', accepts: 'no', households: 1, demand: 8, floor: 4 },
];
// 甲 60% stocked by 願意 and 部分; 乙 25% by 願意 only (「部分」指只備同價位的甲品規).
const lessonSubstitutes: Substitute[] = [
  { id: 'a', name: '甲', sharePercent: 60, stockedBy: ['yes', 'partly'] },
  { id: 'b', name: '乙', sharePercent: 25, stockedBy: ['yes'] },
];
const lessonInput: AllocationInput = {
  product: '紅三環',
  available: 240,
  rows: lessonRows,
  substitutes: lessonSubstitutes,
};

function okAllocation(input: AllocationInput) {
  const result = allocateShortage(input);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result;
}

describe('the lesson case 紅三環 reproduces exactly', () => {
  const result = okAllocation(lessonInput);

  // The lesson's result table: 組別 · 紅三環 · 比底線少 · 缺口 · 甲 · 乙.
  it.each([
    ['車站片（願意）', 44, 2, 76, 46, 19],
    ['車站片（部分）', 10, 1, 18, 11, 0],
    ['車站片（不願）', 56, 0, 56, 0, 0],
    ['老城片（願意）', 47, 3, 83, 50, 21],
    ['老城片（部分）', 16, 1, 28, 17, 0],
    ['老城片（不願）', 18, 0, 18, 0, 0],
    ['新區片（願意）', 34, 0, 58, 35, 15],
    ['新區片（部分）', 11, 0, 19, 11, 0],
    ['新區片（不願）', 4, 0, 4, 0, 0],
  ])('%s: 紅三環 %i, 比底線少 %i, 缺口 %i, 甲 %i, 乙 %i', (label, alloc, below, gap, a, b) => {
    const row = result.rows.find((r) => r.label === label)!;
    expect([row.allocation, row.belowFloor, row.gap, row.substitutes.a, row.substitutes.b]).toEqual([
      alloc,
      below,
      gap,
      a,
      b,
    ]);
    const group = result.byGroup.find((g) => g.label === label)!;
    expect([group.allocation, group.belowFloor, group.gap, group.substitutes.a, group.substitutes.b]).toEqual([
      alloc,
      below,
      gap,
      a,
      b,
    ]);
  });

  it('the 合計 line: 240 · 7 · 360 · 甲 170 · 乙 55', () => {
    expect(result.total).toMatchObject({
      households: 64,
      demand: 600,
      floor: 247,
      allocation: 240,
      belowFloor: 7,
      gap: 360,
      substitutes: { a: 170, b: 55 },
    });
  });

  it('78 條 to the refusers first, 162 split over demand 444, no rounding adjustment', () => {
    expect(result.refuserFloor).toBe(78);
    expect(result.remaining).toBe(162);
    expect(result.acceptingDemand).toBe(444);
    expect(result.adjustments).toEqual([]);
    expect(result.rows[0]!.exactShare).toBeCloseTo(43.78, 2);
    expect(result.uncoveredPercent).toBe(15);
  });

  it('writes the assumptions next to the numbers, in the lesson’s words', () => {
    expect(result.assumptions).toEqual([
      '不願替代的 11 戶先按底線配足：56 + 18 + 4 = 78 條。',
      '剩下的 240 − 78 = 162 條，按平常月需求的比例分給其餘 53 戶（需求合計 444 條）。',
      '例如車站片（願意）：162 × 120 ÷ 444 = 43.78，四捨五入為 44 條。',
      '取整規則：每項四捨五入到整數條；合計多了就從進位的項裡小數部分最小的那一項減 1 條，少了就從捨去的項裡小數部分最大的那一項加 1 條，直到合計正好 162 條。本次四捨五入後正好 162 條，不必調整。',
      '底線合計 247 條，比可分配的 240 條多 7 條。',
      '有 4 項低於底線，共少 7 條，最多一項少 3 條；都在接受替代的店，由替代品補上。',
      '甲：缺口 × 60%，只配給願意、部分接受替代的店，四捨五入到整數條。',
      '乙：缺口 × 25%，只配給願意接受替代的店，四捨五入到整數條。',
      '不願替代的 11 戶缺口 78 條不配替代品，他們的部分消費者可能到鄰近的店買。',
      '轉向比例假設能代表整個月；其餘 15% 的消費者沒有買替代品或去別家找，不計入替代品。',
    ]);
  });

  it('totals by area', () => {
    expect(result.byArea.map((a) => [a.label, a.households, a.demand, a.floor, a.allocation, a.gap])).toEqual([
      ['車站片', 18, 260, 113, 110, 150],
      ['老城片', 26, 210, 85, 81, 129],
      ['新區片', 20, 130, 49, 49, 81],
    ]);
  });

  it('the survey table totals: 64 戶, 600 條, 底線 247 條', () => {
    const summary = summarizeSurvey(lessonRows);
    if (!summary.ok) throw new Error('survey refused');
    expect(summary.total).toMatchObject({ households: 64, demand: 600, floor: 247 });
    expect(summary.byGroup.map((g) => g.label)).toEqual(result.byGroup.map((g) => g.label));
    expect(summary.byArea.map((a) => [a.label, a.households])).toEqual([
      ['車站片', 18],
      ['老城片', 26],
      ['新區片', 20],
    ]);
  });
});

describe('adjustable assumptions', () => {
  it('other switch shares change the substitute estimate only', () => {
    const r = okAllocation({
      ...lessonInput,
      substitutes: [
        { id: 'a', name: '甲', sharePercent: 50, stockedBy: ['yes', 'partly'] },
        { id: 'b', name: '乙', sharePercent: 30, stockedBy: ['yes', 'partly'] },
      ],
    });
    expect(r.total.allocation).toBe(240);
    expect(r.rows[0]!.substitutes).toEqual({ a: 38, b: 23 }); // 76 × 50%, 76 × 30% = 22.8
    expect(r.rows[1]!.substitutes).toEqual({ a: 9, b: 5 }); // 18 × 30% = 5.4 now that 部分 stocks 乙
    expect(r.uncoveredPercent).toBe(20);
  });

  it.each([
    ['floor', 45, 10],
    ['ceil', 46, 11],
    ['half-up', 46, 11],
  ] as const)('substitute rounding %s: 76 × 60%% → %i, 18 × 60%% → %i', (rule, a0, a1) => {
    const r = okAllocation({ ...lessonInput, substituteRounding: rule });
    expect([r.rows[0]!.substitutes.a, r.rows[1]!.substitutes.a]).toEqual([a0, a1]);
  });

  it('largest-remainder rounding also adds up to 162 and names the rows it topped up', () => {
    const r = okAllocation({ ...lessonInput, rounding: 'largest-remainder' });
    expect(r.total.allocation).toBe(240);
    // floors 43, 10, 47, 16, 33, 10 = 159; the three largest fractions (.95 新區部分, .78 車站願意, .57 新區願意) get +1.
    expect(r.rows.filter((x) => x.accepts !== 'no').map((x) => x.allocation)).toEqual([44, 10, 47, 16, 34, 11]);
    expect(r.adjustments.map((a) => a.label)).toEqual(['新區片（部分）', '車站片（願意）', '新區片（願意）']);
  });
});

describe('rounding adjustment keeps the total exact', () => {
  it.each([
    // total, weights, expected: three equal thirds of 10 round to 3+3+3, so the first gets +1
    [10, [1, 1, 1], [4, 3, 3]],
    // 2 over four equal weights: each 0.5 rounds up to 1 (sum 4), the first two are taken back
    [2, [1, 1, 1, 1], [0, 0, 1, 1]],
    [7, [5, 3, 2], [4, 2, 1]],
    [0, [4, 5], [0, 0]],
  ])('apportion(%i, %j) = %j', (total, weights, expected) => {
    const { values } = apportion(total, weights);
    expect(values).toEqual(expected);
    expect(values.reduce((a, b) => a + b, 0)).toBe(total);
  });

  it('a per-retailer survey: 12 retailers in 3 areas, one refuses, every 條 accounted for', () => {
    const rows: SurveyRow[] = [
      { name: '站前一號', area: '車站片', demand: 30, floor: 12, accepts: 'yes' },
      { name: '站前二號', area: '車站片', demand: 25, floor: 10, accepts: 'yes' },
      { name: '候車室小賣', area: '車站片', demand: 40, floor: 20, accepts: 'no' },
      { name: '站東雜貨', area: '車站片', demand: 15, floor: 6, accepts: 'partly' },
      { name: '老街食雜', area: '老城片', demand: 20, floor: 8, accepts: 'yes' },
      { name: '鐘樓便利', area: '老城片', demand: 18, floor: 7, accepts: 'yes' },
      { name: '市場口', area: '老城片', demand: 22, floor: 9, accepts: 'partly' },
      { name: '城隍廟前', area: '老城片', demand: 10, floor: 4, accepts: 'yes' },
      { name: '新村超市', area: '新區片', demand: 16, floor: 6, accepts: 'yes' },
      { name: '學府便利', area: '新區片', demand: 12, floor: 5, accepts: 'yes' },
      { name: '花園小店', area: '新區片', demand: 8, floor: 3, accepts: 'partly' },
      { name: '公園口', area: '新區片', demand: 9, floor: 4, accepts: 'yes' },
    ];
    const r = okAllocation({ available: 130, rows, substitutes: lessonSubstitutes });
    // 20 to the refuser, 110 over demand 185.
    expect(r.rows[2]!.allocation).toBe(20);
    expect(r.remaining).toBe(110);
    expect(r.acceptingDemand).toBe(185);
    expect(r.total.allocation).toBe(130);
    // 30 × 110/185 = 17.84 → 18; 25 → 14.86 → 15; 15 → 8.92 → 9; 20 → 11.89 → 12; 18 → 10.70 → 11; 22 → 13.08 → 13;
    // 10 → 5.95 → 6; 16 → 9.51 → 10; 12 → 7.14 → 7; 8 → 4.76 → 5; 9 → 5.35 → 5: sum 111, one too many, so the
    // rounded-up row with the smallest fraction (新村超市, 9.51) gives 1 back.
    expect(r.rows.map((x) => x.allocation)).toEqual([18, 15, 20, 9, 12, 11, 13, 6, 9, 7, 5, 5]);
    expect(r.adjustments).toEqual([{ index: 8, label: '新村超市', delta: -1 }]);
    expect(r.assumptions).toContain(
      '取整規則：每項四捨五入到整數條；合計多了就從進位的項裡小數部分最小的那一項減 1 條，少了就從捨去的項裡小數部分最大的那一項加 1 條，直到合計正好 110 條。本次調整：新村超市 −1 條。',
    );
    expect(r.byArea.map((a) => [a.label, a.households, a.allocation])).toEqual([
      ['車站片', 4, 62],
      ['老城片', 4, 42],
      ['新區片', 4, 26],
    ]);
    expect(r.byGroup.map((g) => g.label)).toEqual([
      '車站片（願意）',
      '車站片（不願）',
      '車站片（部分）',
      '老城片（願意）',
      '老城片（部分）',
      '新區片（願意）',
      '新區片（部分）',
    ]);
    for (const row of r.rows) expect(row.allocation).toBeLessThanOrEqual(row.demand);
  });

  it('no shortage: everyone gets the usual demand and the surplus is named, not hidden', () => {
    const r = okAllocation({ ...lessonInput, available: 650 });
    expect(r.rows.map((x) => x.allocation)).toEqual(lessonRows.map((x) => x.demand));
    expect(r.unallocated).toBe(50);
    expect(r.total.gap).toBe(0);
    expect(r.assumptions).toContain('可分配量比全部平常月需求還多 50 條，這部分不分配，留待公司安排。');
  });

  it('enough for those who accept: the rest tops up the refusers from their 底線', () => {
    // 78 + 444 = 522; 22 more over the refusers' unmet 56, 18, 4 (sum 78).
    const r = okAllocation({ ...lessonInput, available: 544 });
    const refusers = r.rows.filter((x) => x.accepts === 'no').map((x) => x.allocation);
    expect(refusers).toEqual([56 + 16, 18 + 5, 4 + 1]);
    expect(r.total.allocation).toBe(544);
    expect(r.unallocated).toBe(0);
  });
});

describe('bad input gets a clear message and no numbers', () => {
  const row = lessonRows[0]!;
  const cases: [string, AllocationInput, string, string][] = [
    ['negative available', { ...lessonInput, available: -1 }, 'available', '本月可分配量不能是負數（填的是 -1）。'],
    [
      'NaN available',
      { ...lessonInput, available: Number.NaN },
      'available',
      '本月可分配量不是數字。請只填阿拉伯數字，例如 12。',
    ],
    [
      'empty available',
      { ...lessonInput, available: undefined as unknown as number },
      'available',
      '本月可分配量沒有填。請填一個數字。',
    ],
    [
      'fractional available',
      { ...lessonInput, available: 240.5 },
      'available',
      '本月可分配量要是整數（填的是 240.5）。',
    ],
    ['0 retailers', { ...lessonInput, rows: [] }, 'rows', '還沒有零售戶。請至少加一戶（或一組）才能分配。'],
    [
      'negative demand',
      { ...lessonInput, rows: [{ ...row, demand: -5, floor: 0 }] },
      'rows[0].demand',
      '第 1 項（車站片（願意））的平常月需求不能是負數（填的是 -5）。',
    ],
    [
      'floor above demand',
      { ...lessonInput, rows: [{ ...row, floor: 130 }] },
      'rows[0].floor',
      '第 1 項（車站片（願意））的底線 130 條比平常月需求 120 條還多。底線是至少要有的量，不能超過平常賣的量。',
    ],
    ['empty area', { ...lessonInput, rows: [{ ...row, area: '  ' }] }, 'rows[0].area', '第 1 項的片區沒有填。'],
    [
      'no acceptance chosen',
      { ...lessonInput, rows: [{ ...row, accepts: '' as unknown as 'yes' }] },
      'rows[0].accepts',
      '第 1 項（車站片）沒有選是否接受替代品（願意、部分或不願）。',
    ],
    [
      'zero households',
      { ...lessonInput, rows: [{ ...row, households: 0 }] },
      'rows[0].households',
      '第 1 項（車站片（願意））的戶數要大於 0。',
    ],
    [
      'refusers need more than available',
      { ...lessonInput, available: 70 },
      'available',
      '不願替代的 11 戶底線合計 78 條，比本月可分配的 70 條還多，保底原則分不下去。請核對可分配量與這幾戶的底線，或向公司說明缺口。',
    ],
    [
      'shares over 100%',
      {
        ...lessonInput,
        substitutes: [
          { id: 'a', name: '甲', sharePercent: 80, stockedBy: ['yes'] },
          { id: 'b', name: '乙', sharePercent: 25, stockedBy: ['yes'] },
        ],
      },
      'substitutes',
      '各替代品的轉向比例合計 105%，超過 100%。同一批消費者只能轉向一處，請重新核對記錄。',
    ],
    [
      'one share over 100%',
      { ...lessonInput, substitutes: [{ id: 'a', name: '甲', sharePercent: 120, stockedBy: ['yes'] }] },
      'substitutes[0].sharePercent',
      '第 1 個替代品（甲）的轉向比例不能大於 100（填的是 120）。',
    ],
    [
      'negative share',
      { ...lessonInput, substitutes: [{ id: 'a', name: '甲', sharePercent: -10, stockedBy: ['yes'] }] },
      'substitutes[0].sharePercent',
      '第 1 個替代品（甲）的轉向比例不能是負數（填的是 -10）。',
    ],
    [
      'substitute without a name',
      { ...lessonInput, substitutes: [{ id: 'a', name: '', sharePercent: 10, stockedBy: ['yes'] }] },
      'substitutes[0].name',
      '第 1 個替代品的名稱沒有填。',
    ],
    [
      'duplicate substitute id',
      {
        ...lessonInput,
        substitutes: [
          { id: 'a', name: '甲', sharePercent: 10, stockedBy: ['yes'] },
          { id: 'a', name: '乙', sharePercent: 10, stockedBy: ['yes'] },
        ],
      },
      'substitutes[1].id',
      '第 2 個替代品（乙）的代號「a」重複了。',
    ],
    [
      'unknown rounding rule',
      { ...lessonInput, rounding: 'banker' as unknown as 'half-up' },
      'rounding',
      '分配的取整規則只能是四捨五入或最大餘數法。',
    ],
  ];

  it.each(cases)('%s', (_name, input, field, message) => {
    const before = JSON.stringify(input);
    const result = allocateShortage(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toContainEqual({ field, message });
    expect(Object.keys(result)).toEqual(['ok', 'problems']);
    // The input is never changed.
    expect(JSON.stringify(input)).toBe(before);
  });

  it('every problem is reported at once, one per field', () => {
    const result = allocateShortage({
      available: -3,
      rows: [{ area: '', demand: Number.NaN, floor: -1, accepts: 'no' }],
      substitutes: [],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.field)).toEqual([
      'available',
      'rows[0].area',
      'rows[0].demand',
      'rows[0].floor',
    ]);
  });

  it('does not throw on rows that are not objects', () => {
    const result = allocateShortage({ ...lessonInput, rows: [null as unknown as SurveyRow] });
    expect(result).toEqual({
      ok: false,
      problems: [{ field: 'rows[0]', message: '第 1 項是空的。請填片區、平常月需求、底線和是否接受替代。' }],
    });
  });
});

describe('switch shares from the recorded buyers', () => {
  it('200 人次: 甲 120, 乙 50, 沒買 30 → 60%, 25%, 15%', () => {
    const r = switchShares({
      counts: [
        { id: 'a', name: '甲', count: 120 },
        { id: 'b', name: '乙', count: 50 },
      ],
      none: 30,
    });
    expect(r).toEqual({
      ok: true,
      total: 200,
      shares: [
        { id: 'a', name: '甲', percent: 60 },
        { id: 'b', name: '乙', percent: 25 },
      ],
      nonePercent: 15,
      summary: '共 200 人次：甲 120 人次（60%），乙 50 人次（25%），沒買或說去別家找 30 人次（15%）。',
    });
  });

  it.each([
    [{ counts: [], none: 3 }, 'counts', '還沒有替代品的人次。請至少填一個替代品買了幾人次。'],
    [
      { counts: [{ id: 'a', name: '甲', count: 0 }], none: 0 },
      'counts',
      '記錄的人次合計是 0，算不出轉向比例。請零售戶再記幾天後再算。',
    ],
    [
      { counts: [{ id: 'a', name: '甲', count: -4 }], none: 0 },
      'counts[0].count',
      '第 1 個替代品（甲）的人次不能是負數（填的是 -4）。',
    ],
    [{ counts: [{ id: 'a', name: '甲', count: 4 }], none: 1.5 }, 'none', '沒買或去別家的人次要是整數（填的是 1.5）。'],
  ])('refuses %j', (input, field, message) => {
    expect(switchShares(input)).toEqual({ ok: false, problems: [{ field, message }] });
  });
});

describe('groups first, then the shops inside each group (組內各店再按同一規則分)', () => {
  // The lesson's 車站片 groups split into shops: 願意 9 戶 120 條, 部分 2 戶 28 條, 不願 7 戶 112 條; the other areas as
  // single rows so the group table is the lesson's.
  const station: SurveyRow[] = [
    ...[20, 18, 16, 14, 13, 12, 10, 9, 8].map((demand, k) => ({
      name: `站前 ${k + 1}`,
      area: '車站片',
      accepts: 'yes' as const,
      demand,
      floor: [8, 7, 6, 6, 5, 4, 4, 3, 3][k]!,
    })),
    { name: '站東 1', area: '車站片', accepts: 'partly', demand: 16, floor: 6 },
    { name: '站東 2', area: '車站片', accepts: 'partly', demand: 12, floor: 5 },
    ...[24, 20, 18, 16, 14, 12, 8].map((demand, k) => ({
      name: `候車 ${k + 1}`,
      area: '車站片',
      accepts: 'no' as const,
      demand,
      floor: [12, 10, 9, 8, 7, 6, 4][k]!,
    })),
  ];
  const rows = [...station, ...lessonRows.slice(3)];
  const result = allocateByGroup({ ...lessonInput, rows });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));

  it('the group table is still the lesson’s: 44 · 10 · 56, 甲 170, 乙 55', () => {
    expect(result.groups.rows.slice(0, 3).map((g) => [g.label, g.households, g.allocation, g.substitutes.a])).toEqual([
      ['車站片（願意）', 9, 44, 46],
      ['車站片（部分）', 2, 10, 11],
      ['車站片（不願）', 7, 56, 0],
    ]);
    expect(result.groups.total).toMatchObject({ allocation: 240, substitutes: { a: 170, b: 55 } });
  });

  it('the shops add up exactly to their group, refusers keep their 底線', () => {
    for (const group of result.groups.rows.slice(0, 3)) {
      const shops = result.retailers.filter((r) => r.area === group.area && r.accepts === group.accepts);
      expect(shops.reduce((a, r) => a + r.allocation, 0)).toBe(group.allocation);
      expect(shops.reduce((a, r) => a + r.gap, 0)).toBe(group.gap);
      expect(shops.reduce((a, r) => a + (r.substitutes.a ?? 0), 0)).toBe(group.substitutes.a);
      expect(shops.reduce((a, r) => a + (r.substitutes.b ?? 0), 0)).toBe(group.substitutes.b);
    }
    expect(result.retailers.filter((r) => r.accepts === 'no' && r.area === '車站片').map((r) => r.allocation)).toEqual([
      12, 10, 9, 8, 7, 6, 4,
    ]);
    // 站東: 10 條 over demand 16 and 12 → 5.71 → 6 and 4.29 → 4.
    expect(
      result.retailers.filter((r) => r.accepts === 'partly' && r.area === '車站片').map((r) => r.allocation),
    ).toEqual([6, 4]);
  });

  it('refuses what allocateShortage refuses', () => {
    const bad = allocateByGroup({ ...lessonInput, available: -1, rows: [{ ...station[0]!, floor: 99 }] });
    expect(!bad.ok && bad.problems.map((p) => p.field)).toEqual(['available', 'rows[0].floor']);
  });
});
