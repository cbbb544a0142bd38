/**
 * The review queue: one due question at a time, answered as in the quiz, then rescheduled with FSRS.
 * The page carries no question data: the round fetches the data files of the due cards' quizzes only.
 */
import { useEffect, useState } from 'preact/hooks';
import { translator } from '../../i18n/format.ts';
import { formatDateTime } from '../../i18n/dates.ts';
import type { Answer } from '../../progress/model/document.ts';
import { own } from '../../progress/model/ids.ts';
import { saveReviewCards } from '../../progress/store.ts';
import { useProgress } from '../../progress/ui/use-progress.ts';
import { fetchQuizData } from '../../question/browser/quiz-data.ts';
import { layoutQuestion } from '../../question/model/layout.ts';
import type { QuestionResult } from '../../question/model/scoring.ts';
import Feedback from '../../question/ui/Feedback.tsx';
import QuestionView from '../../question/ui/QuestionView.tsx';
import { nextDue } from '../../progress/model/review-queue.ts';
import { scheduleAnswer, schedulePending } from '../model/schedule.ts';
import { checkCard, dueKeys, findCard, quizzesFor, roundKeys, type ReviewSource } from '../model/session.ts';

interface Props {
  firstLessonHref: string;
  strings: Record<string, string>;
}

/** The quizzes fetched so far on this page, and those no longer in the course. */
const sources = new Map<string, ReviewSource>();
const gone = new Set<string>();

/** Fetches the data of every quiz `keys` need that is not here yet; false when one could not be fetched. */
async function fetchSources(keys: readonly string[]): Promise<boolean> {
  const wanted = quizzesFor(keys).filter((q) => !sources.has(q) && !gone.has(q));
  const results = await Promise.all(wanted.map((q) => fetchQuizData(q)));
  let ok = true;
  results.forEach((r, i) => {
    if (r.ok && r.quiz.lesson) {
      const { id, questions, lesson } = r.quiz;
      sources.set(id, { quiz: id, lessonTitle: lesson.title, lessonHref: lesson.href, questions });
    } else if (r.ok || r.reason === 'missing') {
      // Only quizzes a lesson ends with are reviewed, as before data files.
      gone.add(wanted[i]!);
    } else ok = false;
  });
  return ok;
}

export default function ReviewQueue({ firstLessonHref, strings }: Props) {
  const tr = translator(strings);
  const doc = useProgress();
  const [session, setSession] = useState<string[] | undefined>();
  const [failed, setFailed] = useState(false);
  const [index, setIndex] = useState(0);
  // Answers by card key: a card never sees the answer given to the one before it.
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [result, setResult] = useState<QuestionResult | undefined>();
  const [missing, setMissing] = useState(false);
  const [scheduled, setScheduled] = useState<{ due: string; missed: boolean } | undefined>();
  const [right, setRight] = useState(0);
  const [announcement, setAnnouncement] = useState('');

  const startSession = async () => {
    if (!doc) return;
    setFailed(false);
    const keys = dueKeys(doc, new Date());
    if (!(await fetchSources(keys))) {
      setFailed(true);
      return;
    }
    setSession(roundKeys(keys, sources));
    setIndex(0);
    setAnswers({});
    setRight(0);
    setResult(undefined);
    setMissing(false);
    setScheduled(undefined);
  };
  useEffect(() => {
    if (!doc || session !== undefined) return;
    // Quiz answers whose scheduling failed (offline) are scheduled now, before the round is drawn.
    const pending = schedulePending(doc, new Date());
    if (Object.keys(pending).length > 0) saveReviewCards(pending);
    else void startSession();
  }, [doc]);

  const key = session?.[index];
  const current = key ? findCard(sources, key) : undefined;
  const card = key && doc ? own(doc.review, key) : undefined;
  const layout = current
    ? layoutQuestion(current.source.quiz, current.question, (card?.reps ?? 0) + 1, doc?.settings.seed)
    : undefined;
  const answer = key !== undefined && Object.hasOwn(answers, key) ? answers[key] : undefined;

  if (!doc || session === undefined) {
    return failed ? (
      <section class="card" data-ready="true">
        <p role="alert">{tr('review.data.failed')}</p>
        <p class="actions">
          <button type="button" class="button" onClick={() => void startSession()}>
            {tr('review.data.retry')}
          </button>
        </p>
      </section>
    ) : (
      <p class="meta" aria-busy="true">
        {tr('review.loading')}
      </p>
    );
  }

  if (!current || !layout) {
    const again = roundKeys(dueKeys(doc, new Date()), sources).length;
    const upcoming = nextDue(doc, new Date());
    const finished = session.length > 0;
    return (
      <section class="card" data-ready="true" aria-live="polite">
        <h2>{finished ? tr('review.done.title') : tr('review.empty.title')}</h2>
        {finished && <p>{tr('review.done.body', { right, total: session.length })}</p>}
        {!finished && Object.keys(doc.review).length === 0 && <p>{tr('review.empty.none')}</p>}
        {/* "The next card falls due at …" only when nothing is left to review right now. */}
        {upcoming && again === 0 && <p>{tr('review.empty.next', { date: formatDateTime(upcoming) })}</p>}
        {failed && <p role="alert">{tr('review.data.failed')}</p>}
        <p class="actions">
          {again > 0 && (
            <button type="button" class="button" onClick={() => void startSession()}>
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
    const checked = checkCard(current.question, answer);
    if (checked.missing) {
      // Not graded and not scheduled: an empty answer is a slip, not a wrong answer.
      setMissing(true);
      return;
    }
    const scored = checked.result;
    setMissing(false);
    setResult(scored);
    if (scored.verdict === 'correct') setRight((n) => n + 1);
    const next = scheduleAnswer(
      card,
      { quiz: current.source.quiz, question: current.question.id },
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
    setMissing(false);
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
        question={current.question}
        layout={layout}
        answer={answer}
        onAnswer={(a) => {
          setMissing(false);
          setAnswers((prev) => ({ ...prev, [key!]: a }));
        }}
        confidence={undefined}
        onConfidence={undefined}
        result={result}
        announce={setAnnouncement}
        tr={tr}
        number={index + 1}
      >
        {result && <Feedback question={current.question} answer={answer} result={result} tr={tr} />}
      </QuestionView>
      {missing && (
        <p class="quiz-offline" role="alert">
          {tr('review.missing')}
        </p>
      )}
      {scheduled && (
        <p class="meta">
          {scheduled.missed
            ? tr('review.stillMissed')
            : tr('review.scheduled', { when: formatDateTime(scheduled.due) })}
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
