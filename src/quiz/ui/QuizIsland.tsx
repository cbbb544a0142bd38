/**
 * A quiz that teaches: answer, get feedback on every choice, see the explanation, try again.
 * The page carries the quiz only as static markup (the island's children); once on screen the island fetches
 * the quiz's data file, reads what it needs of the learner's progress from the stored keys (model/lean-doc.ts),
 * then takes over. The store, the scoring and the review scheduler are separate chunks, fetched on the first
 * answer (at once when no service worker serves the page, or when the stored keys need the store), never with
 * the page.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatPercent, translator } from '../../i18n/format.ts';
import type { Answer, ProgressDoc } from '../../progress/model/document.ts';
import { fetchQuizData, fetchQuizStrings } from '../../question/browser/quiz-data.ts';
import { countAnswered, unansweredQuestions } from '../../question/model/answered.ts';
import { layoutQuestion } from '../../question/model/layout.ts';
import type { QuizData } from '../../question/model/quiz-data.ts';
import type { QuizScore } from '../../question/model/scoring.ts';
import QuestionView from '../../question/ui/QuestionView.tsx';
import { keepRetryMode, readRetryMode } from '../browser/retry-mode.ts';
import { questionsInPlay, retryMode } from '../model/retry.ts';
import { readLeanQuizDoc, storeNeededAtOnce } from '../browser/lean-progress.ts';
import { attemptNumber, missedQuestionIds, quizHistory, resumableDraft } from '../model/session.ts';

interface Props {
  quizId: string;
  /** Only what the island says before its strings file arrives (that the quiz could not be loaded). */
  strings: Record<string, string>;
  /** The lesson this quiz ends, so its summary can offer to mark the lesson done. */
  lessonId?: string;
  /** The static quiz markup, shown until the island is ready. */
  children?: ComponentChildren;
}

type Link = typeof import('./progress-link.ts');
type Results = typeof import('./results.ts');
type Confidence = Record<string, 1 | 2 | 3>;

/** Loads a chunk once per page; a failed load (offline) is retried on the next call. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () =>
    (pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    }));
}
const loadLink = once(() => import('./progress-link.ts'));
const loadResults = once(() => import('./results.ts'));
const loadScheduler = once(() => import('../../review/model/schedule.ts'));

/**
 * A record's own entry (never one inherited from Object.prototype, e.g. a question id `constructor`): the
 * same as progress/model/ids.ts `own`, written here because importing that module from the island splits it
 * into a chunk of its own that every page then loads (about 170 B gzip and one more request each).
 */
const own = <T,>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined =>
  record && Object.hasOwn(record, key) ? record[key] : undefined;

/** Moves focus (and the view) to a question, e.g. from the summary's links or after 「再試一次」. */
function focusQuestion(uid: string) {
  requestAnimationFrame(() => {
    const el = document.getElementById(uid);
    el?.scrollIntoView({ block: 'start' });
    el?.focus({ preventScroll: true });
  });
}

export default function QuizIsland({ quizId, strings, lessonId, children }: Props) {
  const [loaded, setLoaded] = useState<Record<string, string> | undefined>();
  const tr = translator(loaded ? { ...strings, ...loaded } : strings);
  const [quiz, setQuiz] = useState<QuizData | undefined>();
  const [failed, setFailed] = useState(false);
  const [link, setLink] = useState<Link | undefined>();
  const [results, setResults] = useState<Results | undefined>();
  const [storeDoc, setStoreDoc] = useState<ProgressDoc | undefined>();
  const [leanDoc] = useState(() => readLeanQuizDoc(quizId));
  const doc = storeDoc ?? leanDoc;
  const seed = doc?.settings.seed;
  /** The attempt number (seeds the shuffle) and the questions in play; set once progress and seed are ready. */
  const [session, setSession] = useState<{ attempt: number; active: string[] } | undefined>();
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [confidence, setConfidence] = useState<Confidence>({});
  const [score, setScore] = useState<QuizScore | undefined>();
  const [scheduling, setScheduling] = useState<'idle' | 'saved' | 'failed'>('idle');
  const [restored, setRestored] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const summary = useRef<HTMLHeadingElement>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const latest = useRef({ answers, confidence });
  latest.current = { answers, confidence };
  const uid = (questionId: string) => `${quizId}-${questionId}`;

  /** The progress store and the code for the results: fetched once, on the first answer or at once (see load). */
  const needLink = () => {
    const both = Promise.all([loadLink(), loadResults()]);
    both.then(
      ([l, r]) => {
        setLink(l);
        setResults(r);
      },
      () => setFailed(true),
    );
    return both;
  };
  /** Fetches the quiz's data and strings, and the store where it is needed now (again after a failure). */
  const load = () => {
    setFailed(false);
    const fail = () => setFailed(true);
    void fetchQuizData(quizId).then((r) => (r.ok ? setQuiz(r.quiz) : fail()));
    void fetchQuizStrings().then(setLoaded, fail);
    if (link || !leanDoc?.settings.seed || storeNeededAtOnce()) void needLink().catch(() => undefined);
  };
  useEffect(load, []);
  // Subscribing to the store starts it (nanostores' onMount).
  useEffect(() => link?.$progress.subscribe(setStoreDoc), [link]);
  // Fetch the scheduler while the connection is there, and schedule answers an earlier visit could not.
  useEffect(() => {
    if (!link) return;
    loadScheduler()
      .then((s) => {
        const pending = s.schedulePending(link.$progress.get(), new Date());
        if (Object.keys(pending).length > 0) link.saveReviewCards(pending);
      })
      .catch(() => undefined);
  }, [link]);

  useEffect(() => {
    if (!doc || !quiz) return;
    if (!seed) {
      link?.ensureLearnerSeed();
      return;
    }
    if (session) return;
    const all = quiz.questions.map((q) => q.id);
    const inPlay = questionsInPlay(doc, quizId, all, readRetryMode(quizId));
    setSession({ attempt: attemptNumber(doc, quizId), active: inPlay.ids });
    const draft = resumableDraft(
      doc,
      quizId,
      quiz.questions.filter((q) => inPlay.ids.includes(q.id)),
    );
    if (draft) {
      setAnswers(draft.answers);
      setConfidence(draft.confidence);
      setRestored(Object.keys(draft.answers).length);
    }
  }, [doc, seed, quiz, link]);

  // A page restored by Back keeps its state; a draft saved meanwhile in another tab is taken over.
  useEffect(() => {
    const onShow = (event: PageTransitionEvent) => {
      if (!event.persisted || score || !quiz) return;
      const now = link ? doc : readLeanQuizDoc(quizId);
      const current = now && resumableDraft(now, quizId, quiz.questions);
      if (current && Object.keys(current.answers).length > Object.keys(latest.current.answers).length) {
        setAnswers(current.answers);
        setConfidence(current.confidence);
      }
    };
    window.addEventListener('pageshow', onShow);
    return () => window.removeEventListener('pageshow', onShow);
  }, [doc, score, quiz, link]);

  if (!quiz || !doc || !loaded || !session) {
    // A box of its own (the slot is display: contents), so client:visible has something to watch.
    return (
      <div class="quiz-host">
        {failed && (
          <p role="alert" class="quiz-offline">
            {tr('quiz.data.failed')}{' '}
            <button type="button" class="small-button" onClick={load}>
              {tr('quiz.data.retry')}
            </button>
          </p>
        )}
        {children}
      </div>
    );
  }

  const questions = quiz.questions;
  const active = questions.filter((q) => session.active.includes(q.id));
  const history = quizHistory(doc, quizId);
  const askConfidence = doc.settings.askConfidence ?? true;
  const answered = countAnswered(active, answers);
  const missing = unansweredQuestions(active, answers);

  const keepDraft = (nextAnswers: Record<string, Answer>, nextConfidence: Confidence) => {
    latest.current = { answers: nextAnswers, confidence: nextConfidence };
    // The store may still be on its way (first answer): what is saved then is the latest state.
    void needLink().then(
      ([l]) => l.saveQuizDraft(quizId, latest.current.answers, latest.current.confidence),
      () => undefined,
    );
  };
  const answer = (questionId: string, value: Answer) => {
    const next = { ...latest.current.answers, [questionId]: value };
    setAnswers(next);
    keepDraft(next, latest.current.confidence);
  };
  const rate = (questionId: string, value: 1 | 2 | 3) => {
    const next = { ...latest.current.confidence, [questionId]: value };
    setConfidence(next);
    keepDraft(latest.current.answers, next);
  };

  const schedule = async (l: Link, result: QuizScore, now: Date) => {
    try {
      const { scheduleAttempt } = await loadScheduler();
      const credits = Object.fromEntries(Object.entries(result.results).map(([id, r]) => [id, r.credit]));
      l.saveReviewCards(
        scheduleAttempt(
          l.$progress.get().review,
          quizId,
          active.map((q) => q.id),
          credits,
          confidence,
          now,
        ),
      );
      setScheduling('saved');
    } catch {
      // The attempt is stored; its answers are scheduled on the next page that can load the scheduler.
      setScheduling('failed');
    }
  };

  const finish = async () => {
    if (score) return;
    const loaded = await needLink().catch(() => undefined);
    if (!loaded) return;
    const [l, results] = loaded;
    const result = results.scoreQuiz({ ...quiz, questions: active }, answers);
    setScore(result);
    const now = new Date();
    l.recordAttempt(
      results.buildAttempt({
        id: results.attemptId(quizId, now, Math.random()),
        quizId,
        now,
        inPlay: active.map((q) => q.id),
        answers,
        confidence,
        score: result,
      }),
    );
    keepRetryMode(quizId, undefined);
    setAnnouncement(results.resultText(tr, result));
    requestAnimationFrame(() => summary.current?.focus());
    setScheduling('idle');
    void schedule(l, result, now);
  };

  const submit = (event: Event) => {
    event.preventDefault();
    if (score) return;
    if (missing.length > 0 && dialog.current && typeof dialog.current.showModal === 'function') {
      dialog.current.showModal();
      return;
    }
    void finish();
  };

  const missed = score ? missedQuestionIds(active, score.results) : [];
  const retry = (onlyMissed: boolean) => {
    const next = onlyMissed && missed.length > 0 ? missed : questions.map((q) => q.id);
    if (!link) return;
    keepRetryMode(quizId, next.length < questions.length ? retryMode(doc, quizId, next) : undefined);
    setSession({ attempt: attemptNumber(doc, quizId), active: next });
    setAnswers({});
    setConfidence({});
    setScore(undefined);
    setScheduling('idle');
    setRestored(0);
    link.clearQuizDraft(quizId);
    setAnnouncement(tr(onlyMissed ? 'quiz.retryMissed.announce' : 'quiz.retry.announce', { n: next.length }));
    focusQuestion(uid(next[0]!));
  };

  return (
    <div class="quiz-host">
      <form class="quiz" onSubmit={submit} data-ready="true" aria-labelledby={`${quizId}-title`}>
        <h2 id={`${quizId}-title`}>{quiz.title}</h2>
        <p class="meta">
          {tr('quiz.intro', { n: questions.length })}
          {history &&
            ` ${tr('quiz.history', { best: formatPercent(history.best), last: formatPercent(history.last), n: history.attempts })}`}
        </p>
        {restored > 0 && !score && <p class="meta quiz-restored">{tr('quiz.draft.restored', { n: restored })}</p>}
        {session.active.length < questions.length && !score && (
          <p class="meta">{tr('quiz.retryMissed.note', { n: session.active.length })}</p>
        )}
        {questions.map((q, i) =>
          !session.active.includes(q.id) ? null : (
            <QuestionView
              key={`${q.id}-${session.attempt}-${session.active.length}`}
              uid={uid(q.id)}
              question={q}
              layout={layoutQuestion(quizId, q, session.attempt, seed)}
              answer={Object.hasOwn(answers, q.id) ? answers[q.id] : undefined}
              onAnswer={(a) => answer(q.id, a)}
              confidence={own(confidence, q.id)}
              onConfidence={askConfidence ? (v) => rate(q.id, v) : undefined}
              result={own(score?.results, q.id)}
              announce={setAnnouncement}
              tr={tr}
              number={i + 1}
            >
              {score && results && own(score.results, q.id) && (
                <results.Feedback question={q} answer={own(answers, q.id)} result={own(score.results, q.id)!} tr={tr} />
              )}
            </QuestionView>
          ),
        )}
        {score && results && link ? (
          <results.QuizSummary
            tr={tr}
            score={score}
            heading={summary}
            questions={questions}
            active={active.length}
            missed={missed}
            uid={uid}
            focusQuestion={focusQuestion}
            scheduling={scheduling}
            onScheduleRetry={() => void schedule(link, score, new Date())}
            lessonDone={lessonId === undefined ? undefined : own(doc.lessons, lessonId)?.done === true}
            onLessonDone={() => {
              if (lessonId === undefined) return;
              link.setLessonDone(lessonId, true);
              setAnnouncement(tr('quiz.lessonDone.saved'));
            }}
            onRetry={retry}
          />
        ) : (
          <p class="actions">
            <button type="submit" class="button">
              {tr('quiz.submit')}
            </button>{' '}
            <span class="meta">{tr('quiz.answered', { n: answered, total: active.length })}</span>
          </p>
        )}
        <dialog ref={dialog} class="quiz-confirm" aria-labelledby={`${quizId}-confirm`}>
          <p id={`${quizId}-confirm`}>{tr('quiz.confirm.unanswered', { n: missing.length })}</p>
          <p class="actions">
            <button
              type="button"
              class="button"
              onClick={() => {
                dialog.current?.close();
                const first = missing[0];
                if (first) focusQuestion(uid(first.id));
              }}
            >
              {tr('quiz.confirm.back')}
            </button>{' '}
            <button
              type="button"
              class="button secondary"
              onClick={() => {
                dialog.current?.close();
                void finish();
              }}
            >
              {tr('quiz.confirm.submit')}
            </button>
          </p>
        </dialog>
        <p class="visually-hidden" role="status" aria-live="polite">
          {announcement}
        </p>
      </form>
    </div>
  );
}
