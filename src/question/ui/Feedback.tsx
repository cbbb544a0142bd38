/** Right/wrong in words and symbols (never colour alone), the feedback of what was chosen, and the explanation. */
import type { Question } from '../../course/model/schemas.ts';
import type { Answer } from '../../progress/model/document.ts';
import { feedbackLines } from '../model/feedback.ts';
import type { QuestionResult } from '../model/scoring.ts';
import type { Tr } from './QuestionView.tsx';

const VERDICT_ICON = { correct: '✓', partial: '◐', wrong: '✗', unanswered: '—' } as const;

interface Props {
  question: Question;
  answer: Answer | undefined;
  result: QuestionResult;
  tr: Tr;
}

export default function Feedback({ question: q, answer, result, tr }: Props) {
  const lines = feedbackLines(q, answer);
  const verdict =
    result.verdict === 'partial'
      ? tr('quiz.verdict.partial', { credit: Math.round(result.credit * 100) })
      : tr(`quiz.verdict.${result.verdict}`);
  return (
    <div class="feedback">
      <p class="verdict">
        <span aria-hidden="true">{VERDICT_ICON[result.verdict]}</span> {verdict}
      </p>
      {lines.length > 0 && (
        <ul class="option-feedback">
          {lines.map((l, i) => (
            <li key={i}>
              {tr(l.key, l.vars)}
              {l.detail}
            </li>
          ))}
        </ul>
      )}
      {q.type === 'order' && (
        <>
          <p>{tr('quiz.feedback.order')}</p>
          <ol>
            {q.items.map((i) => (
              <li key={i.id}>{i.text}</li>
            ))}
          </ol>
        </>
      )}
      <p class="explanation">
        <strong>{tr('quiz.explanation')}</strong>
        {q.explanation}
      </p>
    </div>
  );
}
