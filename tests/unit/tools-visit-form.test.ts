/** The visit-plan form's view-model: typed fields to a record and back, and the last visit's closing note. */
import { describe, expect, it } from 'vitest';
import { toolRecordChecks } from '../../src/progress/model/tool-records/index.ts';
import type { VisitRecord } from '../../src/tools/model/records.ts';
import { checkVisit } from '../../src/tools/model/visit.ts';
import {
  blankVisit,
  draftOf,
  lastClosingNote,
  localDate,
  planOf,
  recordOf,
  repeatChanges,
} from '../../src/tools/model/visit-form.ts';

const AT = '2026-11-21T01:00:00.000Z';

describe('draft ↔ record', () => {
  it('a filled draft becomes a valid record, trimmed, without the empty optional fields', () => {
    const draft = {
      ...blankVisit('visit-1', '2026-11-21'),
      retailer: ' 陳姐便利店 ',
      order: ' 2 ',
      purpose: '盤點庫存',
    };
    const record = recordOf(draft, AT);
    expect(record).toMatchObject({ id: 'visit-1', at: AT, retailer: '陳姐便利店', order: 2, purpose: '盤點庫存' });
    expect('time' in record || 'grade' in record || 'nextStepDate' in record).toBe(false);
    expect(toolRecordChecks.visits(structuredClone(record))).toBeUndefined();
    expect(draftOf(record)).toEqual({ ...draft, at: AT, retailer: '陳姐便利店', order: '2', purpose: '盤點庫存' });
  });

  it.each([
    ['0', '拜訪順序要大於 0'],
    ['1.5', '拜訪順序不是數字'],
    ['第二', '拜訪順序不是數字'],
  ])('a route position typed as %s is refused with a message', (order, message) => {
    const result = checkVisit(planOf({ ...blankVisit('v', '2026-11-21'), retailer: '店', order }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.message).join('')).toContain(message);
  });

  it('a blank draft is refused for its missing retailer, not for its empty optional fields', () => {
    const result = checkVisit(planOf(blankVisit('v', '2026-11-21')));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.field)).toEqual(['retailer']);
  });
});

describe('lastClosingNote', () => {
  const visit = (id: string, date: string, extra: Partial<VisitRecord>): VisitRecord => ({
    ...recordOf({ ...blankVisit(id, date), retailer: '陳姐便利店' }, AT),
    ...extra,
  });
  const visits = [
    visit('a', '2026-11-07', { outcome: '補了價簽', nextStep: '看斷貨', nextStepDate: '2026-11-14' }),
    visit('b', '2026-11-14', { outcome: '不再斷貨', nextStep: '看積壓' }),
    visit('c', '2026-11-20', { deleted: true, outcome: '刪掉的' }),
    visit('d', '2026-11-28', { outcome: '以後的' }),
    visit('e', '2026-11-15', { retailer: '新民商店', outcome: '別家店' }),
  ];
  it('is the latest earlier visit to the same shop that has an outcome, deleted ones left out', () => {
    expect(lastClosingNote(visits, ' 陳姐 便利店', '2026-11-21', 'new')).toEqual({
      date: '2026-11-14',
      outcome: '不再斷貨',
      nextStep: '看積壓',
      nextStepDate: undefined,
    });
  });
  it('never the visit being edited, and nothing for a new shop or an empty name', () => {
    expect(lastClosingNote(visits, '陳姐便利店', '2026-11-14', 'b')?.date).toBe('2026-11-07');
    expect(lastClosingNote(visits, '長興', '2026-11-21', 'new')).toBeUndefined();
    expect(lastClosingNote(visits, '  ', '2026-11-21', 'new')).toBeUndefined();
  });
});

describe('localDate and repeatChanges', () => {
  it('writes the phone’s own calendar day', () => {
    expect(localDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
  it('a repeat moves the visit and clears what belongs to the old one', () => {
    expect(repeatChanges('2026-11-28')).toEqual({
      date: '2026-11-28',
      outcome: '',
      nextStep: '',
      nextStepDate: undefined,
    });
  });
});
