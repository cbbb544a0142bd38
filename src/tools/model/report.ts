/**
 * The market-information report in the course's one template 「結論、事實、原因、影響、建議」
 * (content/lessons/practice/useful-information.mdx): which parts are missing, a warning when only the phenomenon is
 * written, and a plain-text rendering to paste into a chat.
 */
import type { Problem, Result } from './result.ts';

/** The five parts, in the fixed order the lesson teaches. */
export type ReportPart = 'conclusion' | 'facts' | 'causes' | 'impact' | 'suggestions';

/** Each part with its Chinese name and what belongs in it (from the lesson). */
export const REPORT_PARTS: readonly { id: ReportPart; label: string; hint: string }[] = [
  { id: 'conclusion', label: '結論', hint: '一句話，說清發生了什麼、你要公司做什麼。' },
  {
    id: 'facts',
    label: '事實',
    hint: '你看到的情況，帶數字、地點、從何時開始，並標明來源：看到的、零售戶說的，還是系統數據。',
  },
  { id: 'causes', label: '原因', hint: '就你所知為什麼會這樣；哪一部分是推測，要直接寫明。' },
  { id: 'impact', label: '影響', hint: '對銷量、零售戶、消費者或合規的影響，能算出數字的就寫數字。' },
  { id: 'suggestions', label: '建議', hint: '你提出的做法、需要公司給的支援，以及希望的日期。' },
];

export interface MarketReport {
  /** 主題, e.g. 本轄區紅三環短缺與分配建議（第 42 週）. */
  subject?: string;
  conclusion?: string;
  facts?: string;
  causes?: string;
  impact?: string;
  suggestions?: string;
  /** 所需支援, when it is kept apart from the suggestions. */
  support?: string;
}

export type ReportWarningCode = 'empty' | 'only-phenomenon' | 'missing-parts' | 'facts-without-numbers';

export interface ReportWarning {
  code: ReportWarningCode;
  field: string;
  message: string;
}

const TEXT_FIELDS: readonly (keyof MarketReport)[] = [
  'subject',
  'conclusion',
  'facts',
  'causes',
  'impact',
  'suggestions',
  'support',
];
const FIELD_LABELS: Record<keyof MarketReport, string> = {
  subject: '主題',
  conclusion: '結論',
  facts: '事實',
  causes: '原因',
  impact: '影響',
  suggestions: '建議',
  support: '所需支援',
};

function checkFields(report: unknown): Problem[] {
  if (typeof report !== 'object' || report === null) {
    return [{ field: 'report', message: '報告讀不出來。請重新打開表單再填一次。' }];
  }
  const r = report as Record<string, unknown>;
  return TEXT_FIELDS.filter((f) => r[f] !== undefined && r[f] !== null && typeof r[f] !== 'string').map((f) => ({
    field: f,
    message: `${FIELD_LABELS[f]}要是文字。`,
  }));
}

const filled = (value: string | undefined): boolean => typeof value === 'string' && value.trim() !== '';

/** Which parts are filled and missing, and the warnings to show above the form. */
export function checkReport(
  report: MarketReport,
): Result<{ filled: ReportPart[]; missing: ReportPart[]; complete: boolean; warnings: ReportWarning[] }> {
  const problems = checkFields(report);
  if (problems.length > 0) return { ok: false, problems };
  const have = REPORT_PARTS.filter((p) => filled(report[p.id])).map((p) => p.id);
  const missing = REPORT_PARTS.filter((p) => !have.includes(p.id)).map((p) => p.id);
  const warnings: ReportWarning[] = [];
  const labelOf = (id: ReportPart) => REPORT_PARTS.find((p) => p.id === id)!.label;
  if (have.length === 0) {
    warnings.push({
      code: 'empty',
      field: 'conclusion',
      message: '報告還是空的。從結論開始：一句話說清發生了什麼、你要公司做什麼。',
    });
  } else if (have.length === 1 && have[0] === 'facts') {
    warnings.push({
      code: 'only-phenomenon',
      field: 'facts',
      message:
        '只寫了現象。像「紅三環缺貨，請及時解決」這樣的資訊，公司讀了也做不了決定：再寫出結論、原因、影響和建議，它才是有效資訊。',
    });
  } else if (missing.length > 0) {
    warnings.push({
      code: 'missing-parts',
      field: missing[0]!,
      message: `還缺${missing.map(labelOf).join('、')}。五段都寫了，讀的人才能據以決定。`,
    });
  }
  if (filled(report.facts) && !/[0-9０-９]/.test(report.facts!)) {
    warnings.push({
      code: 'facts-without-numbers',
      field: 'facts',
      message: '事實裡沒有數字。寫上多少、在哪裡、從何時開始，並標明來源。',
    });
  }
  return { ok: true, filled: have, missing, complete: missing.length === 0, warnings };
}

const tidy = (value: string): string =>
  value
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();

/**
 * The report as plain text in the template's order, to paste into a chat. Missing parts are written as （未填） so the
 * reader sees the gap, unless `markMissing` is false.
 */
export function renderReport(report: MarketReport, options: { markMissing?: boolean } = {}): Result<{ text: string }> {
  const problems = checkFields(report);
  if (problems.length > 0) return { ok: false, problems };
  const markMissing = options.markMissing ?? true;
  if (![...REPORT_PARTS.map((p) => p.id), 'support' as const].some((f) => filled(report[f]))) {
    return {
      ok: false,
      problems: [{ field: 'conclusion', message: '報告還是空的，沒有可以複製的內容。請至少寫下結論和事實。' }],
    };
  }
  const line = (label: string, value: string): string => {
    const text = tidy(value);
    return text.includes('\n') ? `${label}：\n${text}` : `${label}：${text}`;
  };
  const lines: string[] = [];
  if (filled(report.subject)) lines.push(line('主題', report.subject!));
  for (const part of REPORT_PARTS) {
    const value = report[part.id];
    if (filled(value)) lines.push(line(part.label, value!));
    else if (markMissing) lines.push(`${part.label}：（未填）`);
  }
  if (filled(report.support)) lines.push(line('所需支援', report.support!));
  return { ok: true, text: lines.join('\n') };
}
