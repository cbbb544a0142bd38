/** The review queue: one due question at a time, answered as in the quiz, then rescheduled with FSRS. */
import { useEffect, useState } from 'preact/hooks';
import type { Question } from '../content-model/schemas.ts';
import { translator, formatDateTime } from '../i18n/format.ts';
import type { Answer } from '../progress/model/document.ts';
import { saveReviewCards } from '../progress/store.ts';
import { useProgress } from '../progress/ui/use-progress.ts';
import { layoutQuestion } from '../quiz/prepare.ts';
import QuestionView from '../quiz/QuestionView.tsx';
import { scoreQuestion, type QuestionResult } from '../quiz/scoring.ts';
import { dueCards, nextDue } from './queue.ts';
import { cardKey, scheduleAnswer, schedulePending } from './schedule.ts';
import { own } from '../progress/model/ids.ts';

export interface ReviewSource {
  quiz: string;
  lessonTitle: string;
  lessonHref: string;
  questions: Question[];
}
interface Props {
  sources: ReviewSource[];
  firstLessonHref: string;
  strings: Record<string, string>;
}

const when = (iso: string) => formatDateTime(iso);

export default function ReviewQueue({ sources, firstLessonHref, strings }: Props) {
  const tr = translator(strings);
  const doc = useProgress();
  const [session, setSession] = useState<string[] | undefined>();
  const [index, setIndex] = useState(0);
  // Answers by card key: a card never sees the answer given to the one before it.
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [result, setResult] = useState<QuestionResult | undefined>();
  const [scheduled, setScheduled] = useState<{ due: string; missed: boolean } | undefined>();
  const [right, setRight] = useState(0);
  const [announcement, setAnnouncement] = useState('');

  const find = (key: string) => {
    const [quiz, question] = [key.slice(0, key.lastIndexOf('/')), key.slice(key.lastIndexOf('/') + 1)];
    const source = sources.find((s) => s.quiz === quiz);
    const q = source?.questions.find((x) => x.id === question);
    return source && q ? { source, q } : undefined;
  };
  // Questions removed from the course since they were scheduled are skipped, not shown broken.
  const startSession = () => {
    if (!doc) return;
    const keys = dueCards(doc, new Date())
      .map((c) => cardKey(c.quiz, c.question))
      .filter((k) => find(k) !== undefined);
    setSession(keys);
    setIndex(0);
    setAnswers({});
    setRight(0);
    setResult(undefined);
    setScheduled(undefined);
  };
  useEffect(() => {
    if (!doc || session !== undefined) return;
    // Quiz answers whose scheduling failed (offline) are scheduled now, before the round is drawn.
    const pending = schedulePending(doc, new Date());
    if (Object.keys(pending).length > 0) saveReviewCards(pending);
    else startSession();
  }, [doc]);

  const key = session?.[index];
  const current = key ? find(key) : undefined;
  const card = key && doc ? own(doc.review, key) : undefined;
  const layout = current
    ? layoutQuestion(current.source.quiz, current.q, (card?.reps ?? 0) + 1, doc?.settings.seed)
    : undefined;
  const answer = key !== undefined && Object.hasOwn(answers, key) ? answers[key] : undefined;

  if (!doc || session === undefined) {
    return (
      <p class="meta" aria-busy="true">
        {tr('review.loading')}
      </p>
    );
  }

  if (!current || !layout) {
    const again = dueCards(doc, new Date()).filter((c) => find(cardKey(c.quiz, c.question))).length;
    const upcoming = nextDue(doc, new Date());
    const finished = session.length > 0;
    return (
      <section class="card" data-ready="true" aria-live="polite">
        <h2>{finished ? tr('review.done.title') : tr('review.empty.title')}</h2>
        {finished && <p>{tr('review.done.body', { right, total: session.length })}</p>}
        {!finished && Object.keys(doc.review).length === 0 && <p>{tr('review.empty.none')}</p>}
        {/* "The next card falls due at …" only when nothing is left to review right now. */}
        {upcoming && again === 0 && <p>{tr('review.empty.next', { date: when(upcoming) })}</p>}
        <p class="actions">
          {again > 0 && (
            <button type="button" class="button" onClick={startSession}>
              {tr('review.again', { n: again })}
            </button>
          )}
          {!finished && Object.keys(doc.review).length === 0 && (
            <a class="button" href={firstLessonHref}>
              {tr('review.empty.start')}
            </a>
          )}
        </p>
      </section>
    );
  }

  const check = (event: SubmitEvent) => {
    event.preventDefault();
    // Only the check button submits: never a click that began on another control, never twice.
    const submitter = event.submitter as HTMLElement | null;
    if (result || (submitter && submitter.dataset['action'] !== 'check')) return;
    const scored = scoreQuestion(current.q, answer);
    setResult(scored);
    if (scored.verdict === 'correct') setRight((n) => n + 1);
    const next = scheduleAnswer(
      card,
      { quiz: current.source.quiz, question: current.q.id },
      scored.credit,
      undefined,
      new Date(),
    );
    saveReviewCards({ [key!]: next });
    setScheduled({ due: next.due, missed: next.missed === true });
    setAnnouncement(tr(`quiz.verdict.${scored.verdict === 'partial' ? 'wrong' : scored.verdict}`));
  };
  const advance = () => {
    setResult(undefined);
    setScheduled(undefined);
    setIndex((i) => i + 1);
    requestAnimationFrame(() => document.getElementById('review-question-heading')?.focus());
  };
  const last = index === session.length - 1;

  return (
    <form class="review quiz" data-ready="true" onSubmit={check}>
      <h2 id="review-question-heading" tabIndex={-1}>
        {tr('review.progress', { n: index + 1, total: session.length })}
      </h2>
      <p class="meta">
        {tr('review.from', { lesson: '' })}
        <a href={current.source.lessonHref}>{current.source.lessonTitle}</a>
      </p>
      <QuestionView
        key={key}
        uid={`review-${key!.replace(/[^a-z0-9]/gi, '-')}`}
        question={current.q}
        layout={layout}
        answer={answer}
        onAnswer={(a) => setAnswers((prev) => ({ ...prev, [key!]: a }))}
        confidence={undefined}
        onConfidence={undefined}
        result={result}
        announce={setAnnouncement}
        tr={tr}
        number={index + 1}
      />
      {scheduled && (
        <p class="meta">
          {scheduled.missed ? tr('review.stillMissed') : tr('review.scheduled', { when: when(scheduled.due) })}
        </p>
      )}
      <p class="actions">
        {result ? (
          <button key={`next-${key}`} type="button" class="button" data-action="next" onClick={advance}>
            {last ? tr('review.finish') : tr('review.next')}
          </button>
        ) : (
          <button key={`check-${key}`} type="submit" class="button" data-action="check">
            {tr('review.check')}
          </button>
        )}
      </p>
      <p class="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </form>
  );
}
