/** A tool's list of stored records: live ones in order of the latest change, tombstones apart, and the copy for 照上次的做. */
import { describe, expect, it } from 'vitest';
import { deletedRecords, duplicateRecord, liveRecords, type VisitRecord } from '../../src/tools/model/records.ts';

const visit = (id: string, at: string, extra: Partial<VisitRecord> = {}): VisitRecord => ({
  id,
  at,
  retailer: `店 ${id}`,
  date: '2026-11-21',
  purpose: '說明本月配量',
  current: { sales: '週銷 18 條', stock: '', display: '', issues: '' },
  desired: '',
  actions: '',
  bring: '',
  outcome: '老闆同意把甲移到視線高度',
  nextStep: '下週看陳列',
  nextStepDate: '2026-11-28',
  ...extra,
});

describe('liveRecords and deletedRecords', () => {
  const records = {
    a: visit('a', '2026-11-20T01:00:00.000Z'),
    b: visit('b', '2026-11-21T01:00:00.000Z'),
    c: visit('c', '2026-11-21T01:00:00.000Z'),
    d: visit('d', '2026-11-22T01:00:00.000Z', { deleted: true }),
    e: visit('e', '2026-11-19T01:00:00.000Z', { deleted: true }),
  };
  it('lists the live records, latest change first, ties by id', () => {
    expect(liveRecords(records).map((r) => r.id)).toEqual(['b', 'c', 'a']);
  });
  it('lists the tombstones apart, latest delete first', () => {
    expect(deletedRecords(records).map((r) => r.id)).toEqual(['d', 'e']);
  });
  it('an empty collection lists nothing', () => {
    expect(liveRecords({})).toEqual([]);
    expect(deletedRecords({})).toEqual([]);
  });
});

describe('duplicateRecord', () => {
  it('copies under a new id and time, applies the changes, and never copies a tombstone', () => {
    const source = visit('a', '2026-11-20T01:00:00.000Z', { deleted: true });
    const copy = duplicateRecord(source, 'a2', '2026-11-27T01:00:00.000Z', { date: '2026-11-28', outcome: '' });
    expect(copy).toEqual({
      ...visit('a', '2026-11-20T01:00:00.000Z'),
      id: 'a2',
      at: '2026-11-27T01:00:00.000Z',
      date: '2026-11-28',
      outcome: '',
    });
    expect('deleted' in copy).toBe(false);
  });
  it('is a deep copy: editing the copy leaves the source as it was', () => {
    const source = visit('a', '2026-11-20T01:00:00.000Z');
    const copy = duplicateRecord(source, 'a2', '2026-11-27T01:00:00.000Z');
    copy.current.sales = '改了';
    expect(source.current.sales).toBe('週銷 18 條');
  });
});
