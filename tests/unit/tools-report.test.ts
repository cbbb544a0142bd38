import { describe, expect, it } from 'vitest';
import { checkReport, renderReport, type MarketReport } from '../../src/tools/model/report.ts';

// The "修改後" report of content/lessons/practice/useful-information.mdx.
const lessonReport: MarketReport = {
  subject: '本轄區紅三環短缺與分配建議（第 42 週）',
  conclusion:
    '紅三環本月缺口 360 條，集中在車站片與老城片；請批准下面的保底分配，並配甲品規 170 條、乙品規 55 條作替代。',
  facts:
    '10 月 14 日至 18 日拜訪並電話確認經營紅三環的全部 64 戶（系統訂貨數據加零售戶說的）。平常月需求 600 條，底線合計 247 條，本月可分配 240 條。',
  causes: '供應短缺是公司層面的情況，短期內難以改善。',
  impact: '若平均分配，車站片 7 戶不願替代的店會低於底線，老主顧可能流失。',
  suggestions:
    '1. 不願替代的 11 戶按底線配足，共 78 條。\r\n2. 甲品規 170 條、乙品規 55 條按各組缺口配給願意替代的店。   \n\n\n\n',
  support: '請公司在 10 月 25 日前告知紅三環下一批的大致到貨時間。',
};

describe('which parts are there', () => {
  it('the lesson’s report is complete, without warnings', () => {
    expect(checkReport(lessonReport)).toEqual({
      ok: true,
      filled: ['conclusion', 'facts', 'causes', 'impact', 'suggestions'],
      missing: [],
      complete: true,
      warnings: [],
    });
  });

  it.each([
    ['nothing', {}, ['empty'], 5],
    [
      'only the phenomenon 紅三環缺貨，請及時解決',
      { facts: '紅三環缺貨，請及時解決。' },
      ['only-phenomenon', 'facts-without-numbers'],
      4,
    ],
    [
      'only the phenomenon, with numbers and a subject',
      { subject: '紅三環', facts: '64 戶都說缺貨' },
      ['only-phenomenon'],
      4,
    ],
    ['facts and a conclusion', { conclusion: '請批准保底分配', facts: '缺口 360 條' }, ['missing-parts'], 3],
    ['whitespace does not count', { ...lessonReport, causes: '  \n ' }, ['missing-parts'], 1],
  ] as [string, MarketReport, string[], number][])('%s', (_name, report, codes, missingCount) => {
    const r = checkReport(report);
    if (!r.ok) throw new Error('refused');
    expect(r.warnings.map((w) => w.code)).toEqual(codes);
    expect(r.missing).toHaveLength(missingCount);
    expect(r.complete).toBe(missingCount === 0);
  });

  it('the warnings name the missing parts in the template order', () => {
    const r = checkReport({ conclusion: '請批准保底分配', facts: '缺口 360 條' });
    expect(r.ok && r.warnings[0]).toEqual({
      code: 'missing-parts',
      field: 'causes',
      message: '還缺原因、影響、建議。五段都寫了，讀的人才能據以決定。',
    });
    const only = checkReport({ facts: '紅三環缺貨，請及時解決。' });
    expect(only.ok && only.warnings[0]!.message).toBe(
      '只寫了現象。像「紅三環缺貨，請及時解決」這樣的資訊，公司讀了也做不了決定：再寫出結論、原因、影響和建議，它才是有效資訊。',
    );
  });
});

describe('plain text for a chat', () => {
  it('keeps the fixed order, tidies line breaks and trailing spaces', () => {
    const r = renderReport(lessonReport);
    expect(r).toEqual({
      ok: true,
      text: [
        '主題：本轄區紅三環短缺與分配建議（第 42 週）',
        `結論：${lessonReport.conclusion}`,
        `事實：${lessonReport.facts}`,
        `原因：${lessonReport.causes}`,
        `影響：${lessonReport.impact}`,
        '建議：',
        '1. 不願替代的 11 戶按底線配足，共 78 條。',
        '2. 甲品規 170 條、乙品規 55 條按各組缺口配給願意替代的店。',
        `所需支援：${lessonReport.support}`,
      ].join('\n'),
    });
  });

  it.each([
    [true, '結論：（未填）\n事實：紅三環缺貨\n原因：（未填）\n影響：（未填）\n建議：（未填）'],
    [false, '事實：紅三環缺貨'],
  ])('missing parts marked: %s', (markMissing, text) => {
    expect(renderReport({ facts: ' 紅三環缺貨 ' }, { markMissing })).toEqual({ ok: true, text });
  });

  it.each([
    [{}, 'conclusion', '報告還是空的，沒有可以複製的內容。請至少寫下結論和事實。'],
    [{ subject: '只有主題' }, 'conclusion', '報告還是空的，沒有可以複製的內容。請至少寫下結論和事實。'],
    [{ facts: 42 as unknown as string }, 'facts', '事實要是文字。'],
    [null as unknown as MarketReport, 'report', '報告讀不出來。請重新打開表單再填一次。'],
  ])('refuses %j', (report, field, message) => {
    expect(renderReport(report)).toEqual({ ok: false, problems: [{ field, message }] });
  });

  it('checkReport refuses the same non-text values', () => {
    expect(checkReport({ impact: ['a'] as unknown as string })).toEqual({
      ok: false,
      problems: [{ field: 'impact', message: '影響要是文字。' }],
    });
  });
});
