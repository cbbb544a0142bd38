import { describe, expect, it } from 'vitest';
import type { AllocationInput } from '../../src/tools/model/allocation.ts';
import { allocationCsv, BOM, csvCell, csvFilename, surveyCsv, toCsv } from '../../src/tools/model/csv.ts';

describe('cells', () => {
  it.each([
    ['plain', '車站片', '車站片'],
    ['comma', '甲,乙', '"甲,乙"'],
    ['quote', '他說"缺貨"', '"他說""缺貨"""'],
    ['newline', '第一行\n第二行', '"第一行\n第二行"'],
    ['CRLF', 'a\r\nb', '"a\r\nb"'],
    ['leading space', ' 老城片', '" 老城片"'],
    ['formula =', '=HYPERLINK("http://x")', '"\'=HYPERLINK(""http://x"")"'],
    ['formula +', '+1', "'+1"],
    ['formula -', '-2+3', "'-2+3"],
    ['formula @', '@SUM(A1)', "'@SUM(A1)"],
    ['tab start', '\tcmd', "'\tcmd"],
    ['number', 240, '240'],
    ['negative number stays a number', -7, '-7'],
    ['NaN is empty, never "NaN"', Number.NaN, ''],
    ['null', null, ''],
    ['empty string', '', ''],
  ] as [string, string | number | null, string][])('%s', (_name, value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('a document: BOM, CRLF after every row', () => {
    expect(
      toCsv([
        ['a', 'b'],
        [1, 2],
      ]),
    ).toBe(`${BOM}a,b\r\n1,2\r\n`);
    expect(toCsv([['a']], { bom: false })).toBe('a\r\n');
  });

  it('file names lose characters phones and Windows refuse', () => {
    expect(csvFilename('紅三環', '分配', '2026-10-18')).toBe('紅三環-分配-2026-10-18.csv');
    expect(csvFilename('a/b:c*?', '')).toBe('a-b-c-.csv');
    expect(csvFilename('  ')).toBe('匯出.csv');
  });
});

const input: AllocationInput = {
  product: '紅三環',
  available: 50,
  rows: [
    { name: '=站前一號', area: '車站片', demand: 30, floor: 12, accepts: 'yes' },
    { name: '候車室, 小賣', area: '車站片', demand: 20, floor: 10, accepts: 'no' },
    { name: '老街食雜', area: '老城片', demand: 25, floor: 8, accepts: 'partly' },
  ],
  substitutes: [
    { id: 'a', name: '甲', sharePercent: 60, stockedBy: ['yes', 'partly'] },
    { id: 'b', name: '乙', sharePercent: 25, stockedBy: ['yes'] },
  ],
};

describe('the shortage exports', () => {
  it('survey: one line per row, quoted and guarded', () => {
    const r = surveyCsv(input.rows);
    expect(r).toEqual({
      ok: true,
      csv:
        `${BOM}零售戶／組別,片區,戶數,平常月需求（條）,底線（條）,接受替代\r\n` +
        `'=站前一號,車站片,1,30,12,願意\r\n` +
        `"候車室, 小賣",車站片,1,20,10,不願\r\n` +
        `老街食雜,老城片,1,25,8,部分\r\n`,
    });
  });

  it('allocation: rows, area totals, total and the assumptions', () => {
    const r = allocationCsv(input);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const lines = r.csv.slice(1).split('\r\n');
    // 10 to the refuser, 40 over demand 55: 30 → 21.82 → 22, 25 → 18.18 → 18.
    expect(lines.slice(0, 5)).toEqual([
      '紅三環分配方案,本月可分配 50 條',
      '零售戶／組別,片區,接受替代,戶數,平常月需求（條）,底線（條）,紅三環（條）,比底線少（條）,缺口（條）,甲（條）,乙（條）',
      "'=站前一號,車站片,願意,1,30,12,22,0,8,5,2",
      '"候車室, 小賣",車站片,不願,1,20,10,10,0,10,0,0',
      '老街食雜,老城片,部分,1,25,8,18,0,7,4,0',
    ]);
    expect(lines.slice(5, 10)).toEqual([
      '',
      '片區合計',
      '車站片,車站片,,2,50,22,32,0,18,5,2',
      '老城片,老城片,,1,25,8,18,0,7,4,0',
      '合計,,,3,75,30,50,0,25,9,2',
    ]);
    expect(lines.slice(10, 12)).toEqual(['', '方案的假設']);
    expect(lines[12]).toBe('不願替代的 1 戶先按底線配足：10 = 10 條。');
    expect(r.csv.startsWith(BOM)).toBe(true);
    expect(r.csv.endsWith('\r\n')).toBe(true);
  });

  it.each([
    ['no rows', { ...input, rows: [] }, 'rows'],
    ['floor above demand', { ...input, rows: [{ ...input.rows[0]!, floor: 40 }] }, 'rows[0].floor'],
  ])('refuses %s and writes no file', (_name, bad, field) => {
    const r = allocationCsv(bad);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems.map((p) => p.field)).toEqual([field]);
    const s = surveyCsv(bad.rows);
    expect(!s.ok && s.problems.map((p) => p.field)).toEqual([field]);
  });
});
