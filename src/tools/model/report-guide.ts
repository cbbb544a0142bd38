/**
 * The guided market-information report: the phenomenon the manager noticed, the questions the course asks of that
 * kind of observation (the six shortage questions of 短缺時的專題調研, the five counterfeit questions of
 * 面對假菸與不規範市場), each answer placed in the part of the one template 「結論、事實、原因、影響、建議」 where
 * the lessons put it, and a warning while the report is still only the phenomenon.
 */
import { hasText } from './form-input.ts';
import { checkReport, renderReport, REPORT_PARTS, type ReportPart } from './report.ts';
import type { ReportRecord, ReportTopic, ToolRecordBase } from '../../progress/model/tool-records/index.ts';
import type { Result } from './result.ts';

/** What the observation is about: the questions differ. */
export type ReportKind = ReportTopic;

export interface GuideQuestion {
  id: string;
  text: string;
  /** The template part the answer belongs in. */
  part: ReportPart;
}

/** The kinds, their Chinese names, the id of the lesson that teaches them and their questions, in its order. */
export const REPORT_GUIDES: Record<ReportKind, { label: string; lesson: string; questions: GuideQuestion[] }> = {
  shortage: {
    label: '貨源短缺',
    lesson: 'practice/shortage-research',
    questions: [
      { id: 'where', text: '哪裡反應最強烈？（車站周邊、老城區，還是新社區）', part: 'facts' },
      { id: 'floor', text: '零售戶的底線是多少？每家店一個月至少要有多少？', part: 'facts' },
      { id: 'demand', text: '轄區總需求是多少？短缺之前平常一個月賣多少？', part: 'facts' },
      { id: 'accept', text: '有多少零售戶願意接受替代品？全部接受，還是只接受同價位的一種？', part: 'facts' },
      { id: 'refuse', text: '有多少零售戶完全不願意替代？原因是什麼？', part: 'causes' },
      { id: 'persuade', text: '怎樣讓零售戶願意試一試替代品？什麼說法、什麼資訊對他們有用？', part: 'suggestions' },
    ],
  },
  counterfeit: {
    label: '假菸與不規範貨源',
    lesson: 'practice/counterfeit-report',
    questions: [
      { id: 'systematic', text: '偶發還是有系統？只出現一兩次，還是持續多週、集中在某些地點？', part: 'causes' },
      { id: 'sales', text: '對銷量的影響：哪些品規、哪些片區降了多少？放任不管接下來會怎樣？', part: 'impact' },
      { id: 'aware', text: '消費者知不知道？是明知貪便宜，還是不知道買到的可能是假貨？', part: 'facts' },
      { id: 'tell', text: '怎樣巧妙地讓消費者知道？（不點名、不指控，透過正規零售戶傳遞）', part: 'suggestions' },
      { id: 'source', text: '能否摸清源頭？有沒有可以交給主管部門的線索（時間、方式、聯絡方式）？', part: 'facts' },
    ],
  },
  other: {
    label: '一般經營情況',
    lesson: 'practice/useful-information',
    questions: [
      { id: 'numbers', text: '多少、在哪裡、從何時開始？', part: 'facts' },
      { id: 'source', text: '來源是什麼：親眼看到、零售戶說的，還是系統數據？其他店有沒有同樣情況？', part: 'facts' },
      { id: 'why', text: '為什麼會這樣？哪一部分是你的推測？', part: 'causes' },
      { id: 'effect', text: '對銷量、零售戶、消費者或合規有什麼影響？能算出數字嗎？', part: 'impact' },
    ],
  },
};

/** Everything one report holds: the stored record without its id, time and tombstone. */
export type ReportFields = Omit<ReportRecord, keyof ToolRecordBase>;

export interface ReportGuidance {
  /** Questions of the kind not answered yet. */
  unanswered: GuideQuestion[];
  /** Answers waiting to be written into a part: each answer's part is still empty. */
  toPlace: { question: GuideQuestion; answer: string }[];
  warnings: { code: string; field: string; message: string }[];
  complete: boolean;
}

const PART_LABEL = Object.fromEntries(REPORT_PARTS.map((p) => [p.id, p.label])) as Record<ReportPart, string>;

/** Which questions are open, which answers still need a place in the report, and what to warn about. */
export function guideReport(fields: ReportFields): Result<ReportGuidance> {
  const guide = REPORT_GUIDES[fields.topic] ?? REPORT_GUIDES.other;
  const checked = checkReport(fields);
  if (!checked.ok) return checked;
  const answers = fields.answers ?? {};
  const unanswered = guide.questions.filter((q) => !hasText(answers[q.id]));
  const toPlace = guide.questions
    .filter((q) => hasText(answers[q.id]) && !hasText(fields[q.part]))
    .map((q) => ({ question: q, answer: answers[q.id]!.trim() }));
  const parts = checked.filled.filter((p) => p !== 'facts');
  const onlyPhenomenon =
    hasText(fields.observation) && parts.length === 0 && unanswered.length === guide.questions.length;
  const warnings: ReportGuidance['warnings'] = [];
  if (onlyPhenomenon) {
    warnings.push({
      code: 'only-phenomenon',
      field: 'observation',
      message: `只寫了現象。「${fields.observation!.trim()}」這樣的資訊，公司讀了也做不了決定：先回答下面的問題，再寫出結論、原因、影響和建議，它才是有效資訊。`,
    });
  } else {
    warnings.push(...checked.warnings.filter((w) => !(w.code === 'empty' && hasText(fields.observation))));
  }
  if (unanswered.length > 0 && unanswered.length < guide.questions.length) {
    warnings.push({
      code: 'open-questions',
      field: `answers.${unanswered[0]!.id}`,
      message: `${guide.label}的 ${guide.questions.length} 個問題還有 ${unanswered.length} 個沒回答。`,
    });
  }
  if (toPlace.length > 0) {
    const names = [...new Set(toPlace.map((t) => PART_LABEL[t.question.part]))];
    warnings.push({
      code: 'answers-not-placed',
      field: toPlace[0]!.question.part,
      message: `你回答了問題，但${names.join('、')}還是空的：按「放進報告」把答案寫進去，再整理成句子。`,
    });
  }
  return { ok: true, unanswered, toPlace, warnings, complete: checked.complete && unanswered.length === 0 };
}

/** Appends an answer to a part, on a line of its own, and returns the new fields (the old value is kept). */
export function placeAnswer(fields: ReportFields, questionId: string): ReportFields {
  const guide = REPORT_GUIDES[fields.topic] ?? REPORT_GUIDES.other;
  const question = guide.questions.find((q) => q.id === questionId);
  const answer = fields.answers?.[questionId];
  if (!question || !hasText(answer)) return fields;
  const current = fields[question.part];
  const text = answer.trim();
  if (hasText(current) && current.includes(text)) return fields;
  return { ...fields, [question.part]: hasText(current) ? `${current.trimEnd()}\n${text}` : text };
}

/** The report as plain text for a chat, with the date and kind on the first line. */
export function reportText(fields: ReportFields): Result<{ text: string }> {
  const rendered = renderReport(fields);
  if (!rendered.ok) return rendered;
  const head = [fields.date, REPORT_GUIDES[fields.topic]?.label].filter(hasText).join(' · ');
  return { ok: true, text: head ? `【市場資訊報告】${head}\n${rendered.text}` : `【市場資訊報告】\n${rendered.text}` };
}

/** One line for the list of saved reports. */
export function reportSummary(fields: ReportFields): { title: string; detail: string } {
  const title = [fields.subject, fields.conclusion, fields.observation].find(hasText)?.trim() ?? '（還沒寫主題）';
  const filled = REPORT_PARTS.filter((p) => hasText(fields[p.id])).length;
  return {
    title: title.length > 40 ? `${title.slice(0, 40)}…` : title,
    detail: [fields.date, REPORT_GUIDES[fields.topic]?.label, `五段已寫 ${filled} 段`].filter(Boolean).join(' · '),
  };
}
