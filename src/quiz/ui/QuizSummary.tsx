/** A submitted quiz's summary: points, counts by verdict, the missed questions as links, and what to do next. */
import type { Ref } from 'preact';
import { formatPercent } from '../../i18n/format.ts';
import type { Question } from '../../course/model/schemas.ts';
import type { ProgressDoc } from '../../progress/model/document.ts';
import type { QuizScore } from '../../question/model/scoring.ts';
import type { Tr } from '../../question/ui/QuestionView.tsx';
import { missedQuestionIds } from '../model/after-attempt.ts';
import { summaryOf } from '../model/summary.ts';

/** The summary's heading, also announced: 「本次得分 2.5 / 6 分（42%）」. */
export const resultText = (tr: Tr, score: QuizScore) => {
  const { earned, possible } = summaryOf(score);
  return tr('quiz.result', { earned, possible, percent: formatPercent(score.score) });
};

interface Props {
  tr: Tr;
  score: QuizScore;
  heading: Ref<HTMLHeadingElement>;
  /** All the quiz's questions (for their numbers) and the ones in play. */
  questions: readonly Question[];
  active: readonly Question[];
  uid: (questionId: string) => string;
  focusQuestion: (uid: string) => void;
  scheduling: 'idle' | 'saved' | 'failed';
  onScheduleRetry: () => void;
  /** The lesson this quiz ends, if any: the summary offers to mark it done (`onLessonDone`). */
  lessonId: string | undefined;
  lessons: ProgressDoc['lessons'];
  onLessonDone: (lessonId: string) => void;
  onRetry: (onlyMissed: boolean) => void;
}

export default function QuizSummary(props: Props) {
  const { tr, score, questions, uid, scheduling, lessonId } = props;
  const { counts } = summaryOf(score);
  const missed = missedQuestionIds(props.active, score.results);
  const lessonDone =
    lessonId === undefined
      ? undefined
      : Object.hasOwn(props.lessons, lessonId) && props.lessons[lessonId]?.done === true;
  return (
    <div class="quiz-summary">
      <h3 ref={props.heading} tabIndex={-1}>
        {resultText(tr, score)}
      </h3>
      <p class="quiz-counts">
        {counts.map((c) => tr(`quiz.count.${c.verdict}`, { n: c.n })).join('、')}
        {tr('quiz.count.end')}
      </p>
      {missed.length > 0 && (
        <>
          <p>{tr('quiz.summary.missed', { n: missed.length })}</p>
          <ul class="quiz-missed">
            {missed.map((id) => {
              const index = questions.findIndex((q) => q.id === id);
              return (
                <li key={id}>
                  <a
                    href={`#${uid(id)}`}
                    onClick={(e) => {
                      e.preventDefault();
                      props.focusQuestion(uid(id));
                    }}
                  >
                    {tr('quiz.number', { n: index + 1 })}：{questions[index]!.prompt}
                  </a>
                </li>
              );
            })}
          </ul>
        </>
      )}
      <p>
        {score.score >= 1
          ? tr('quiz.result.perfect')
          : scheduling === 'failed'
            ? tr('quiz.result.retryLater')
            : tr('quiz.result.review')}
      </p>
      {scheduling === 'failed' && (
        <p role="alert" class="quiz-offline">
          {tr('quiz.schedule.failed')}{' '}
          <button type="button" class="small-button" onClick={props.onScheduleRetry}>
            {tr('quiz.schedule.retry')}
          </button>
        </p>
      )}
      {lessonId !== undefined && (
        <p class="quiz-lesson-done">
          {lessonDone ? (
            <span>✓ {tr('quiz.lessonDone.state')}</span>
          ) : (
            <button type="button" class="button" onClick={() => props.onLessonDone(lessonId)}>
              {tr('quiz.lessonDone.mark')}
            </button>
          )}
        </p>
      )}
      <p class="actions">
        {missed.length > 0 && missed.length < props.active.length && (
          <>
            <button type="button" class="button" onClick={() => props.onRetry(true)}>
              {tr('quiz.retryMissed', { n: missed.length })}
            </button>{' '}
          </>
        )}
        <button type="button" class="button secondary" onClick={() => props.onRetry(false)}>
          {tr('quiz.retry')}
        </button>{' '}
        <a class="button secondary" href="/review/">
          {tr('quiz.toReview')}
        </a>
      </p>
    </div>
  );
}
