import { describe, expect, it } from 'vitest';
import { formatPercent, format, translator } from '../../src/i18n/format.ts';
import { formatDate, formatDateTime } from '../../src/i18n/dates.ts';
import { idProblem, own } from '../../src/progress/model/ids.ts';
import { readStored } from '../../src/progress/model/read.ts';
import { isValidIsoTime } from '../../src/progress/model/time.ts';
import { leanTime } from '../../src/progress/model/lean.ts';
import { emptyDocument, type Attempt } from '../../src/progress/model/document.ts';
import { collectEvidence } from '../../src/assessment/model/calibration.ts';

describe('isValidIsoTime', () => {
  it.each([
    ['2026-12-01T18:05:19.123Z', true],
    ['2026-12-01T18:05:19Z', true],
    ['2026-12-01T18:05:19+08:00', true],
    ['2024-02-29T00:00:00.000Z', true],
    ['2000-02-29T00:00:00.000Z', true],
    ['2026-12-31T23:59:59.999999999Z', true],
    ['2026-12-01T58:05:19.000Z', false],
    ['2026-12-01T24:00:00.000Z', false],
    ['2026-12-01T18:60:00.000Z', false],
    ['2026-12-01T23:59:60.000Z', false],
    ['2026-13-01T00:00:00.000Z', false],
    ['2026-00-01T00:00:00.000Z', false],
    ['2026-04-31T00:00:00.000Z', false],
    ['2026-11-31T00:00:00.000Z', false],
    ['2026-02-29T00:00:00.000Z', false],
    ['1900-02-29T00:00:00.000Z', false],
    ['2026-12-00T00:00:00.000Z', false],
    ['2026-12-01T18:05:19+99:99', false],
    ['2026-12-01T18:05:19+08:60', false],
    ['9999-99-99T99:99:99Z', false],
    ['2026-12-01', false],
    ['yesterday', false],
    ['', false],
  ])('%s → %s', (value, valid) => {
    expect(isValidIsoTime(value)).toBe(valid);
  });

  it('agrees with a reading by Date on every month, day, hour, minute, second and offset at their edges', () => {
    const p2 = (n: number) => String(n).padStart(2, '0');
    let valid = 0;
    for (const y of [1900, 2000, 2024, 2026, 2100]) {
      for (let mo = 0; mo <= 13; mo++) {
        for (let d = 0; d <= 32; d++) {
          for (const [h, mi, s] of [
            [0, 0, 0],
            [23, 59, 59],
            [24, 0, 0],
            [12, 60, 0],
            [12, 0, 60],
          ]) {
            for (const tail of ['Z', '.5Z', '+08:00', '-23:59', '+24:00', '-08:60']) {
              const t = `${y}-${p2(mo)}-${p2(d)}T${p2(h!)}:${p2(mi!)}:${p2(s!)}${tail}`;
              // A real moment: Date reads the same calendar fields back (it rolls 31 April over to 1 May).
              const date = new Date(`${y}-${p2(mo)}-${p2(d)}T00:00:00Z`);
              const offset = /[+-](\d\d):(\d\d)$/.exec(tail);
              const real =
                date.getUTCMonth() + 1 === mo &&
                date.getUTCDate() === d &&
                h! < 24 &&
                mi! < 60 &&
                s! < 60 &&
                (!offset || (Number(offset[1]) < 24 && Number(offset[2]) < 60));
              expect(isValidIsoTime(t), t).toBe(real);
              expect(leanTime(t), t).toBe(real);
              valid += Number(real);
            }
          }
        }
      }
    }
    expect(valid).toBeGreaterThan(3000);
  });

  it('salvages a stored record with an impossible time instead of failing the page', () => {
    const raw = JSON.stringify({
      ...emptyDocument(),
      lessons: {
        'role/a': { done: true, at: '2026-12-01T58:05:19.000Z' },
        'role/b': { done: true, at: '2026-12-01T18:05:19.000Z' },
      },
    });
    const result = readStored(raw);
    expect(result).toMatchObject({ kind: 'corrupt', kept: 1, dropped: 1 });
    expect(Object.keys(result.doc.lessons)).toEqual(['role/b']);
  });
});

describe('formatters never throw', () => {
  it.each([
    ['2026-12-01T58:05:19Z'],
    ['9999-99-99T99:99:99Z'],
    [''],
    ['not a time'],
    [undefined as unknown as string],
    [42 as unknown as string],
  ])('formatDate(%j) gives —', (value) => {
    expect(formatDate(value)).toBe('—');
    expect(formatDate(value, 'short')).toBe('—');
    expect(formatDateTime(value)).toBe('—');
  });
  it.each([[Number.NaN], [Infinity], [-Infinity], ['x' as unknown as number]])('formatPercent(%s) gives —', (value) => {
    expect(formatPercent(value)).toBe('—');
  });
  it('writes times on a 24-hour clock', () => {
    // 10:05 UTC is 18:05 in Taipei; the test runs in whatever zone the machine has, so compare with its own clock.
    const at = new Date('2026-12-01T10:05:00.000Z');
    const hh = String(at.getHours()).padStart(2, '0');
    const mm = String(at.getMinutes()).padStart(2, '0');
    expect(formatDateTime(at.toISOString())).toBe(`${at.getMonth() + 1}月${at.getDate()}日 ${hh}:${mm}`);
    expect(formatDateTime('2026-12-01T10:05:00.000Z')).not.toMatch(/[上下]午/);
  });
  it('formats plain dates and shares', () => {
    expect(formatDate('2026-11-27T04:00:00.000Z')).toBe('2026年11月27日');
    expect(formatPercent(0.756)).toBe('76%');
  });
  it('fills only own placeholders', () => {
    expect(format('{toString} {n}', { n: 3 })).toBe('{toString} 3');
    expect(translator({ a: 'A' })('constructor')).toBe('constructor');
  });
});

describe('the progress id rule', () => {
  it.each([
    ['role/company-representative', undefined],
    ['q1', undefined],
    ['第1題', 'characters'],
    ['a 1', 'characters'],
    ['toString', 'inherited'],
    ['constructor', 'inherited'],
    ['__proto__', 'inherited'],
    ['hasOwnProperty', 'inherited'],
    ['', 'empty'],
    ['x'.repeat(201), 'too-long'],
  ])('%s → %s', (value, problem) => {
    expect(idProblem(value)).toBe(problem);
  });
  it('own() never returns an inherited value', () => {
    expect(own({}, 'toString')).toBeUndefined();
    expect(own({ a: 1 }, 'a')).toBe(1);
  });
});

describe('lookups by id use own properties only', () => {
  it('evidence for a skill named like an inherited property never writes onto a built-in', () => {
    const attempt = {
      id: 'a',
      quiz: 'toString',
      at: '2026-12-01T10:05:00.000Z',
      answers: {},
      confidence: { valueOf: 3 },
      scores: {},
      skills: { toString: { earned: 1, possible: 2 }, hasOwnProperty: { earned: 1, possible: 1 } },
      score: 0.5,
    } as Attempt;
    const evidence = collectEvidence([attempt], {});
    expect(Object.keys(evidence).sort()).toEqual(['hasOwnProperty', 'toString']);
    expect(evidence['toString']).toMatchObject({ earned: 1, possible: 2, share: 0.5 });
    expect(Reflect.ownKeys(Object.prototype.toString)).toEqual(['length', 'name']);
    expect(Reflect.ownKeys(Object.prototype.hasOwnProperty)).toEqual(['length', 'name']);
  });
});
