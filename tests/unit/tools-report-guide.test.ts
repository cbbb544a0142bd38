import { describe, expect, it } from 'vitest';
import {
  guideReport,
  placeAnswer,
  REPORT_GUIDES,
  reportSummary,
  reportText,
  type ReportFields,
} from '../../src/tools/model/report-guide.ts';

const phenomenon: ReportFields = { topic: 'shortage', observation: '紅三環缺貨，請及時解決' };

function ok<T>(r: ({ ok: true } & T) | { ok: false; problems: unknown }): T {
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r as T;
}

describe('the guide for each kind of observation', () => {
  it('a shortage asks the six questions, a counterfeit the five', () => {
    expect(REPORT_GUIDES.shortage.questions).toHaveLength(6);
    expect(REPORT_GUIDES.counterfeit.questions).toHaveLength(5);
    expect(REPORT_GUIDES.counterfeit.questions[0]!.text).toMatch(/^偶發還是有系統/);
  });

  it('only the phenomenon: warns, quoting it', () => {
    const g = ok(guideReport(phenomenon));
    expect(g.warnings.map((w) => w.code)).toEqual(['only-phenomenon']);
    expect(g.warnings[0]!.message).toMatch(/^只寫了現象。「紅三環缺貨，請及時解決」這樣的資訊，公司讀了也做不了決定/);
    expect(g.unanswered).toHaveLength(6);
    expect(g.complete).toBe(false);
  });

  it('the phenomenon written into 事實 alone is still only the phenomenon', () => {
    const g = ok(guideReport({ topic: 'other', facts: '某店銷量下降' }));
    expect(g.warnings.map((w) => w.code)).toContain('only-phenomenon');
  });

  it('answers without a place in the report are pointed out, then placed under their part', () => {
    const fields: ReportFields = {
      ...phenomenon,
      answers: { where: '車站片 7 戶不願替代，反應最強烈', refuse: '老主顧只抽紅三環' },
    };
    const g = ok(guideReport(fields));
    expect(g.warnings.map((w) => w.code)).toEqual(['open-questions', 'answers-not-placed']);
    expect(g.warnings[0]!.message).toBe('貨源短缺的 6 個問題還有 4 個沒回答。');
    expect(g.toPlace.map((t) => t.question.part)).toEqual(['facts', 'causes']);
    const placed = placeAnswer(placeAnswer(fields, 'where'), 'refuse');
    expect(placed.facts).toBe('車站片 7 戶不願替代，反應最強烈');
    expect(placed.causes).toBe('老主顧只抽紅三環');
    // Placing twice does not repeat it; a second answer for the same part goes on a new line.
    expect(placeAnswer(placed, 'where')).toBe(placed);
    const more = placeAnswer({ ...placed, answers: { ...placed.answers, floor: '底線合計 247 條' } }, 'floor');
    expect(more.facts).toBe('車站片 7 戶不願替代，反應最強烈\n底線合計 247 條');
    // The original is not changed.
    expect(fields.facts).toBeUndefined();
  });

  it('a complete report of the lesson has no warning', () => {
    const answers = Object.fromEntries(REPORT_GUIDES.shortage.questions.map((q) => [q.id, '已查']));
    const g = ok(
      guideReport({
        topic: 'shortage',
        answers,
        conclusion: '紅三環本月缺口 360 條；請批准保底分配。',
        facts: '64 戶，平常月需求 600 條，底線 247 條。',
        causes: '供應短缺。',
        impact: '車站片 7 戶會低於底線。',
        suggestions: '不願替代的 11 戶按底線配足。',
      }),
    );
    expect(g.warnings).toEqual([]);
    expect(g.complete).toBe(true);
  });

  it('refuses a report whose part is not text, and changes nothing', () => {
    const bad = { topic: 'other', facts: 12 } as unknown as ReportFields;
    const r = guideReport(bad);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems).toEqual([{ field: 'facts', message: '事實要是文字。' }]);
    expect(bad).toEqual({ topic: 'other', facts: 12 });
  });
});

describe('plain text and the list line', () => {
  it('copies in the template order with the date and kind first', () => {
    const t = ok(
      reportText({
        topic: 'counterfeit',
        date: '2026-11-10',
        conclusion: '請轉交線索',
        facts: '3 家店 2 週內見到 4 次',
      }),
    );
    expect(t.text).toBe(
      '【市場資訊報告】2026-11-10 · 假菸與不規範貨源\n結論：請轉交線索\n事實：3 家店 2 週內見到 4 次\n原因：（未填）\n影響：（未填）\n建議：（未填）',
    );
  });

  it('an empty report has nothing to copy', () => {
    const r = reportText({ topic: 'other' });
    expect(r.ok).toBe(false);
  });

  it('the list names the report by subject, else conclusion, else observation', () => {
    expect(reportSummary({ ...phenomenon, date: '2026-10-18' })).toEqual({
      title: '紅三環缺貨，請及時解決',
      detail: '2026-10-18 · 貨源短缺 · 五段已寫 0 段',
    });
    expect(reportSummary({ topic: 'other', subject: '主題', conclusion: '結論' }).title).toBe('主題');
  });
});
