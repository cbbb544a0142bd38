/**
 * The field-tool records (progress v4): each kind's check accepts a record a manager writes, refuses every field
 * that is out of its bounds (naming the field), and removes fields it does not know, like the other collections.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toolRecordChecks, TOOL_COLLECTIONS, TOOL_LIMITS } from '../../src/progress/model/tool-records/index.ts';
import { isValidIsoDate } from '../../src/progress/model/time.ts';

const v4 = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/progress/v4.json'), 'utf8'));
/** A fresh copy of the fixture's first record of `collection`. */
const sample = (collection: (typeof TOOL_COLLECTIONS)[number]): Record<string, unknown> =>
  structuredClone(Object.values(v4[collection] as Record<string, Record<string, unknown>>)[0]!);

/** `record` with the value at `path` replaced (or removed, for `undefined`). */
function withValue(
  record: Record<string, unknown>,
  path: (string | number)[],
  value: unknown,
): Record<string, unknown> {
  let cur = record as Record<string | number, unknown>;
  for (const part of path.slice(0, -1)) cur = cur[part] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (value === undefined) delete cur[last];
  else cur[last] = value;
  return record;
}

const long = (n: number) => '字'.repeat(n);

describe('each kind accepts the fixture’s records', () => {
  it.each(TOOL_COLLECTIONS)('%s: every record of the v4 fixture is valid', (collection) => {
    const records = Object.values(v4[collection] as Record<string, unknown>);
    expect(records.length).toBeGreaterThan(0);
    for (const record of records) expect(toolRecordChecks[collection](structuredClone(record))).toBeUndefined();
  });
});

type Case = [string, (string | number)[], unknown, (string | number)[]];
const refused: Record<(typeof TOOL_COLLECTIONS)[number], Case[]> = {
  visits: [
    ['id with a space', ['id'], 'visit 1', ['id']],
    ['id inherited', ['id'], 'toString', ['id']],
    ['no time of change', ['at'], undefined, ['at']],
    ['time of change impossible', ['at'], '2026-11-31T10:00:00.000Z', ['at']],
    ['deleted false', ['deleted'], false, ['deleted']],
    ['retailer empty', ['retailer'], '', ['retailer']],
    ['retailer too long', ['retailer'], long(TOOL_LIMITS.name + 1), ['retailer']],
    ['date without leading zero', ['date'], '2026-11-2', ['date']],
    ['date 29 February of a common year', ['date'], '2026-02-29', ['date']],
    ['date as a time', ['date'], '2026-11-21T00:00:00Z', ['date']],
    ['time 24:00', ['time'], '24:00', ['time']],
    ['order 0', ['order'], 0, ['order']],
    ['order 1.5', ['order'], 1.5, ['order']],
    ['purpose a number', ['purpose'], 3, ['purpose']],
    ['purpose too long', ['purpose'], long(TOOL_LIMITS.text + 1), ['purpose']],
    ['current without stock', ['current', 'stock'], undefined, ['current', 'stock']],
    ['next step date impossible', ['nextStepDate'], '2026-04-31', ['nextStepDate']],
  ],
  salesPlans: [
    ['title empty', ['title'], '', ['title']],
    ['split by month', ['splitBy'], 'month', ['splitBy']],
    ['total negative', ['total'], -1, ['total']],
    ['total above the limit', ['total'], TOOL_LIMITS.amount + 1, ['total']],
    ['total not a number', ['total'], '1200', ['total']],
    ['total infinite', ['total'], Number.POSITIVE_INFINITY, ['total']],
    ['parts not a list', ['parts'], {}, ['parts']],
    ['part without an id', ['parts', 1, 'id'], undefined, ['parts', 1, 'id']],
    ['part target negative', ['parts', 0, 'target'], -5, ['parts', 0, 'target']],
    ['part label empty', ['parts', 1, 'label'], '', ['parts', 1, 'label']],
    ['period actual negative', ['periods', 0, 'actual'], -1, ['periods', 0, 'actual']],
    ['period actual null', ['periods', 0, 'actual'], null, ['periods', 0, 'actual']],
    ['end impossible', ['end'], '2026-12-32', ['end']],
  ],
  shortages: [
    ['product empty', ['product'], '', ['product']],
    ['available negative', ['available'], -100, ['available']],
    ['share above 100%', ['substitutes', 0, 'sharePercent'], 101, ['substitutes', 0, 'sharePercent']],
    ['stocked by twice the same', ['substitutes', 0, 'stockedBy'], ['yes', 'yes'], ['substitutes', 0, 'stockedBy']],
    ['stocked by an unknown level', ['substitutes', 0, 'stockedBy'], ['maybe'], ['substitutes', 0, 'stockedBy', 0]],
    ['row area empty', ['rows', 0, 'area'], '', ['rows', 0, 'area']],
    ['row households 0', ['rows', 1, 'households'], 0, ['rows', 1, 'households']],
    ['row demand negative', ['rows', 0, 'demand'], -20, ['rows', 0, 'demand']],
    ['row accepts an unknown answer', ['rows', 0, 'accepts'], 'sometimes', ['rows', 0, 'accepts']],
    ['rounding unknown', ['rounding'], 'banker', ['rounding']],
  ],
  reports: [
    ['topic unknown', ['topic'], 'gossip', ['topic']],
    ['facts too long', ['facts'], long(TOOL_LIMITS.text + 1), ['facts']],
    ['answer under a bad id', ['answers', 'q 1'], 'x', ['answers', 'q 1']],
    ['answer a number', ['answers', 'q1'], 12, ['answers', 'q1']],
    ['date missing', ['date'], undefined, ['date']],
  ],
  guidance: [
    ['month with a day', ['month'], '2026-11-01', ['month']],
    ['month 13', ['month'], '2026-13', ['month']],
    ['swap quantity negative', ['swaps', 0, 'quantity'], -2, ['swaps', 0, 'quantity']],
    ['stock days in stock 8', ['stock', 0, 'daysInStock'], 8, ['stock', 0, 'daysInStock']],
    ['stock delivery cycle 0 weeks', ['stock', 0, 'cycleWeeks'], 0, ['stock', 0, 'cycleWeeks']],
    ['capital tier empty', ['capital', 0, 'tier'], '', ['capital', 0, 'tier']],
    ['display item done as text', ['display', 0, 'done'], 'yes', ['display', 0, 'done']],
    ['evaluation missing', ['evaluation'], undefined, ['evaluation']],
  ],
};

describe.each(TOOL_COLLECTIONS)('%s refuses what is out of bounds, naming the field', (collection) => {
  it.each(refused[collection])('%s', (_name, path, value, problemPath) => {
    const record = withValue(sample(collection), path, value);
    const problem = toolRecordChecks[collection](record);
    // An impossible time is marked, so the import's refusal quotes it.
    expect(problem).toEqual(
      problemPath.at(-1) === 'at' && typeof value === 'string'
        ? { path: problemPath, time: true }
        : { path: problemPath },
    );
  });

  it('removes fields it does not know, and keeps the rest', () => {
    const record = { ...sample(collection), extra: 'x' };
    expect(toolRecordChecks[collection](record)).toBeUndefined();
    expect(record).toEqual(sample(collection));
  });
});

describe('list limits', () => {
  it('a sales plan keeps at most 30 分目標', () => {
    const plan = sample('salesPlans');
    const part = (i: number) => ({
      id: `p${i}`,
      label: `片區 ${i}`,
      target: 1,
      measures: '',
      obstacles: '',
      preparation: '',
    });
    plan['parts'] = Array.from({ length: 30 }, (_, i) => part(i));
    expect(toolRecordChecks.salesPlans(structuredClone(plan))).toBeUndefined();
    plan['parts'] = Array.from({ length: 31 }, (_, i) => part(i));
    expect(toolRecordChecks.salesPlans(plan)).toEqual({ path: ['parts'] });
  });
  it('a survey keeps 500 rows, not 501', () => {
    const survey = sample('shortages');
    const row = (i: number) => ({
      id: `r${i}`,
      name: '',
      area: '東片',
      households: 1,
      demand: 1,
      floor: 0,
      accepts: 'yes',
      goesTo: '',
    });
    survey['rows'] = Array.from({ length: 500 }, (_, i) => row(i));
    expect(toolRecordChecks.shortages(structuredClone(survey))).toBeUndefined();
    survey['rows'] = Array.from({ length: 501 }, (_, i) => row(i));
    expect(toolRecordChecks.shortages(survey)).toEqual({ path: ['rows'] });
  });
});

describe('isValidIsoDate', () => {
  it.each([
    ['2026-11-21', true],
    ['2028-02-29', true],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2026-02-29', false],
    ['2026-04-31', false],
    ['2026-00-10', false],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['2026-11-21 ', false],
    ['', false],
  ])('%s → %s', (value, expected) => {
    expect(isValidIsoDate(value)).toBe(expected);
  });
});
