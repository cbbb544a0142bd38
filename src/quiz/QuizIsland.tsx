/** A quiz that teaches: answer, get feedback on every choice, see the explanation, try again. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Quiz } from '../content-model/schemas.ts';
import { formatPercent, translator } from '../i18n/format.ts';
import type { Answer, Attempt, ReviewCard } from '../progress/model/document.ts';
import { quizScores } from '../progress/model/stats.ts';
import {
  clearQuizDraft,
  ensureLearnerSeed,
  recordAttempt,
  saveQuizDraft,
  saveReviewCards,
  setLessonDone,
} from '../progress/store.ts';
import { useProgress } from '../progress/ui/use-progress.ts';
import { countAnswered, unansweredQuestions } from './answered.ts';
import { layoutQuestion } from './prepare.ts';
import QuestionView from './QuestionView.tsx';
import { scoreQuiz, type QuizScore } from './scoring.ts';
import { attemptNumber, missedQuestionIds, resumableDraft } from './session.ts';
import { own } from '../progress/model/ids.ts';

interface Props {
  quizId: string;
  quiz: Quiz;
  strings: Record<string, string>;
  /** The lesson this quiz ends, so its summary can offer to mark the lesson done. */
  lessonId?: string;
}

type Scheduler = typeof import('../review/schedule.ts');
type Confidence = Record<string, 1 | 2 | 3>;

const newId = (quizId: string) =>
  `${quizId}-${Date.now().toString(36)}-${Math.floor(Math.random() * 36 ** 4).toString(36)}`;

/** Loads the scheduler once per page; a failed load (offline) is retried on the next call. */
let schedulerLoad: Promise<Scheduler> | undefined;
function loadScheduler(): Promise<Scheduler> {
  schedulerLoad ??= import('../review/schedule.ts').catch((error: unknown) => {
    schedulerLoad = undefined;
    throw error;
  });
  return schedulerLoad;
}

/** Moves focus (and the view) to a question, e.g. from the summary's links or after 「再試一次」. */
function focusQuestion(uid: string) {
  requestAnimationFrame(() => {
    const el = document.getElementById(uid);
    el?.scrollIntoView({ block: 'start' });
    el?.focus({ preventScroll: true });
  });
}

export default function QuizIsland({ quizId, quiz, strings, lessonId }: Props) {
  const tr = translator(strings);
  const doc = useProgress();
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
  const ready = session !== undefined;
  const uid = (questionId: string) => `${quizId}-${questionId}`;

  useEffect(() => {
    if (!doc) return;
    if (!seed) {
      ensureLearnerSeed();
      return;
    }
    if (session) return;
    setSession({ attempt: attemptNumber(doc, quizId), active: quiz.questions.map((q) => q.id) });
    const draft = resumableDraft(doc, quizId, quiz.questions);
    if (draft) {
      setAnswers(draft.answers);
      setConfidence(draft.confidence);
      setRestored(Object.keys(draft.answers).length);
    }
    // Fetch the scheduler while the connection is there, and schedule answers an earlier visit could not.
    loadScheduler()
      .then((s) => {
        const pending = s.schedulePending(doc, new Date());
        if (Object.keys(pending).length > 0) saveReviewCards(pending);
      })
      .catch(() => undefined);
  }, [doc, seed]);

  // A page restored by Back keeps its state; a draft saved meanwhile in another tab is taken over.
  useEffect(() => {
    const onShow = (event: PageTransitionEvent) => {
      if (!event.persisted || score) return;
      const current = doc && resumableDraft(doc, quizId, quiz.questions);
      if (current && Object.keys(current.answers).length > Object.keys(latest.current.answers).length) {
        setAnswers(current.answers);
        setConfidence(current.confidence);
      }
    };
    window.addEventListener('pageshow', onShow);
    return () => window.removeEventListener('pageshow', onShow);
  }, [doc, score]);

  const layouts = quiz.questions.map((q) => layoutQuestion(quizId, q, session?.attempt ?? 0, seed ?? ''));
  const active = quiz.questions.filter((q) => !session || session.active.includes(q.id));
  const history = doc ? quizScores(doc, quizId) : undefined;
  const askConfidence = doc?.settings.askConfidence ?? true;
  const answered = countAnswered(active, answers);
  const missing = unansweredQuestions(active, answers);

  const keepDraft = (nextAnswers: Record<string, Answer>, nextConfidence: Confidence) => {
    latest.current = { answers: nextAnswers, confidence: nextConfidence };
    saveQuizDraft(quizId, nextAnswers, nextConfidence);
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

  const schedule = async (result: QuizScore, now: Date) => {
    try {
      const { scheduleAnswer, cardKey } = await loadScheduler();
      const cards: Record<string, ReviewCard> = {};
      for (const q of active) {
        const key = cardKey(quizId, q.id);
        const current = doc?.review ?? {};
        cards[key] = scheduleAnswer(
          Object.hasOwn(current, key) ? current[key] : undefined,
          { quiz: quizId, question: q.id },
          own(result.results, q.id)?.credit ?? 0,
          own(confidence, q.id),
          now,
        );
      }
      saveReviewCards(cards);
      setScheduling('saved');
    } catch {
      // The attempt is stored; its answers are scheduled on the next page that can load the scheduler.
      setScheduling('failed');
    }
  };

  const finish = () => {
    if (score || !session) return;
    const result = scoreQuiz({ ...quiz, questions: active }, answers);
    setScore(result);
    const now = new Date();
    const inPlay = new Set(active.map((q) => q.id));
    const record: Attempt = {
      id: newId(quizId),
      quiz: quizId,
      at: now.toISOString(),
      answers: Object.fromEntries(Object.entries(answers).filter(([id]) => inPlay.has(id))),
      scores: result.scores,
      skills: result.skills,
      score: result.score,
      ...(Object.keys(confidence).length ? { confidence } : {}),
    };
    recordAttempt(record);
    setAnnouncement(
      tr('quiz.result', {
        earned: Math.round(result.earned * 10) / 10,
        possible: result.possible,
        percent: formatPercent(result.score),
      }),
    );
    requestAnimationFrame(() => summary.current?.focus());
    setScheduling('idle');
    void schedule(result, now);
  };

  const submit = (event: Event) => {
    event.preventDefault();
    if (score || !ready) return;
    if (missing.length > 0 && dialog.current && typeof dialog.current.showModal === 'function') {
      dialog.current.showModal();
      return;
    }
    finish();
  };

  const retry = (onlyMissed: boolean) => {
    if (!doc) return;
    const missed = score ? missedQuestionIds(active, score.results) : [];
    const next = onlyMissed && missed.length > 0 ? missed : quiz.questions.map((q) => q.id);
    setSession({ attempt: attemptNumber(doc, quizId), active: next });
    setAnswers({});
    setConfidence({});
    setScore(undefined);
    setScheduling('idle');
    setRestored(0);
    clearQuizDraft(quizId);
    setAnnouncement(tr(onlyMissed ? 'quiz.retryMissed.announce' : 'quiz.retry.announce', { n: next.length }));
    focusQuestion(uid(next[0]!));
  };

  const missed = score ? missedQuestionIds(active, score.results) : [];
  const lessonDone = lessonId !== undefined && own(doc?.lessons, lessonId)?.done === true;

  return (
    <form class="quiz" onSubmit={submit} data-ready={ready ? 'true' : undefined} aria-labelledby={`${quizId}-title`}>
      <h2 id={`${quizId}-title`}>{quiz.title}</h2>
      <p class="meta">
        {tr('quiz.intro', { n: quiz.questions.length })}
        {history &&
          ` ${tr('quiz.history', { best: formatPercent(history.best), last: formatPercent(history.last), n: history.attempts })}`}
      </p>
      {restored > 0 && !score && <p class="meta quiz-restored">{tr('quiz.draft.restored', { n: restored })}</p>}
      {session && session.active.length < quiz.questions.length && !score && (
        <p class="meta">{tr('quiz.retryMissed.note', { n: session.active.length })}</p>
      )}
      {quiz.questions.map((q, i) =>
        session && !session.active.includes(q.id) ? null : (
          <QuestionView
            key={`${q.id}-${session?.attempt ?? 0}-${session?.active.length ?? 0}`}
            uid={uid(q.id)}
            question={q}
            layout={layouts[i]!}
            answer={Object.hasOwn(answers, q.id) ? answers[q.id] : undefined}
            onAnswer={(a) => answer(q.id, a)}
            confidence={own(confidence, q.id)}
            onConfidence={askConfidence ? (v) => rate(q.id, v) : undefined}
            result={own(score?.results, q.id)}
            announce={setAnnouncement}
            tr={tr}
            number={i + 1}
            ready={ready}
          />
        ),
      )}
      {score ? (
        <div class="quiz-summary">
          <h3 ref={summary} tabIndex={-1}>
            {tr('quiz.result', {
              earned: Math.round(score.earned * 10) / 10,
              possible: score.possible,
              percent: formatPercent(score.score),
            })}
          </h3>
          {missed.length > 0 && (
            <>
              <p>{tr('quiz.summary.missed', { n: missed.length })}</p>
              <ul class="quiz-missed">
                {missed.map((id) => {
                  const index = quiz.questions.findIndex((q) => q.id === id);
                  const q = quiz.questions[index]!;
                  return (
                    <li key={id}>
                      <a
                        href={`#${uid(id)}`}
                        onClick={(e) => {
                          e.preventDefault();
                          focusQuestion(uid(id));
                        }}
                      >
                        {tr('quiz.number', { n: index + 1 })}：{q.prompt}
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
              <button type="button" class="small-button" onClick={() => void schedule(score, new Date())}>
                {tr('quiz.schedule.retry')}
              </button>
            </p>
          )}
          {lessonId !== undefined && (
            <p class="quiz-lesson-done">
              {lessonDone ? (
                <span>✓ {tr('quiz.lessonDone.state')}</span>
              ) : (
                <button
                  type="button"
                  class="button"
                  onClick={() => {
                    setLessonDone(lessonId, true);
                    setAnnouncement(tr('quiz.lessonDone.saved'));
                  }}
                >
                  {tr('quiz.lessonDone.mark')}
                </button>
              )}
            </p>
          )}
          <p class="actions">
            {missed.length > 0 && missed.length < active.length && (
              <>
                <button type="button" class="button" onClick={() => retry(true)}>
                  {tr('quiz.retryMissed', { n: missed.length })}
                </button>{' '}
              </>
            )}
            <button type="button" class="button secondary" onClick={() => retry(false)}>
              {tr('quiz.retry')}
            </button>{' '}
            <a class="button secondary" href="/review/">
              {tr('quiz.toReview')}
            </a>
          </p>
        </div>
      ) : (
        <p class="actions">
          <button type="submit" class="button" disabled={!ready}>
            {ready ? tr('quiz.submit') : tr('quiz.loading')}
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
              finish();
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
  );
}
