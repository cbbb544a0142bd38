/**
 * A quiz that teaches: answer, get feedback on every choice, see the explanation, try again.
 * The page carries the quiz only as static markup (the island's children); once on screen the island fetches
 * the quiz's data file, reads what it needs of the learner's progress from the stored keys (model/lean-doc.ts),
 * then takes over. The store, the scoring and the review scheduler are separate chunks, fetched on the first
 * answer (at once when no service worker serves the page, or when the stored keys need the store), never with
 * the page.
 *
 * A class component: the quiz is the one island on a lesson page, and without hooks its page loads no
 * preact/hooks chunk (about 1.2 kB gzip).
 */
import { Component, createRef, type ComponentChildren } from 'preact';
import { formatPercent, translator } from '../../i18n/format.ts';
import type { Answer, ProgressDoc } from '../../progress/model/document.ts';
import { fetchQuizData, fetchQuizStrings } from '../../question/browser/quiz-data.ts';
import { countAnswered, unansweredQuestions } from '../../question/model/answered.ts';
import { layoutQuestion } from '../../question/model/layout.ts';
import type { QuizData } from '../../question/model/quiz-data.ts';
import type { QuizScore } from '../../question/model/scoring.ts';
import QuestionView from '../../question/ui/QuestionView.tsx';
import { readRetryMode } from '../browser/retry-mode.ts';
import { questionsInPlay } from '../model/retry.ts';
import { readLeanQuizDoc, storeNeededAtOnce } from '../browser/lean-progress.ts';
import { attemptNumber, quizHistory, resumableDraft } from '../model/session.ts';
import { once } from './once.ts';

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

const loadLink = once(() => import('./progress-link.ts'));
const loadResults = once(() => import('./results.ts'));

/**
 * A record's own entry (never one inherited from Object.prototype, e.g. a question id `constructor`): the
 * same as progress/model/ids.ts `own`, written here because importing that module from the island splits it
 * into a chunk of its own that every page then loads (about 170 B gzip and one more request each).
 */
const own = <T,>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined =>
  record && Object.hasOwn(record, key) ? record[key] : undefined;

interface State {
  /** The strings file, once fetched (merged over the prop's strings). */
  loaded?: Record<string, string>;
  quiz?: QuizData;
  failed: boolean;
  link?: Link;
  results?: Results;
  /** The store's document, once the store is loaded (until then the lean read of the stored keys). */
  storeDoc?: ProgressDoc;
  /** The attempt number (seeds the shuffle) and the questions in play; set once progress and seed are ready. */
  session?: { attempt: number; active: string[] };
  answers: Record<string, Answer>;
  confidence: Confidence;
  score?: QuizScore;
  scheduling: 'idle' | 'saved' | 'failed';
  restored: number;
  announcement: string;
}

/** Moves focus (and the view) to a question, e.g. from the summary's links or after 「再試一次」. */
function focusQuestion(uid: string) {
  requestAnimationFrame(() => {
    const el = document.getElementById(uid);
    el?.scrollIntoView({ block: 'start' });
    el?.focus({ preventScroll: true });
  });
}

export default class QuizIsland extends Component<Props, State> {
  override state: State = {
    failed: false,
    answers: {},
    confidence: {},
    scheduling: 'idle',
    restored: 0,
    announcement: '',
  };
  private readonly leanDoc = readLeanQuizDoc(this.props.quizId);
  private readonly summary = createRef<HTMLHeadingElement>();
  private readonly dialog = createRef<HTMLDialogElement>();
  /** The answers as last given (state updates are batched; a draft saved later must hold the newest). */
  private latest: Pick<State, 'answers' | 'confidence'> = { answers: {}, confidence: {} };
  private unsubscribe?: () => void;

  private get doc(): ProgressDoc | undefined {
    return this.state.storeDoc ?? this.leanDoc;
  }

  private readonly uid = (questionId: string) => `${this.props.quizId}-${questionId}`;

  private tr(): (key: string, vars?: Record<string, string | number>) => string {
    const { strings } = this.props;
    const { loaded } = this.state;
    return translator(loaded ? { ...strings, ...loaded } : strings);
  }

  /** The progress store and the code for the results: fetched once, on the first answer or at once (see load). */
  private readonly needLink = () => {
    const both = Promise.all([loadLink(), loadResults()]);
    both.then(
      ([link, results]) => {
        // Every answer asks for the store; only the first arrival subscribes (state is set only at the next render).
        if (this.unsubscribe) return;
        // Subscribing to the store starts it (nanostores' onMount).
        this.unsubscribe = link.$progress.subscribe((storeDoc) => this.setState({ storeDoc }));
        this.setState({ link, results });
        // Fetch the scheduler while the connection is there, and schedule answers an earlier visit could not.
        results.scheduleLeftovers(link);
      },
      () => this.setState({ failed: true }),
    );
    return both;
  };

  /** Fetches the quiz's data and strings, and the store where it is needed now (again after a failure). */
  private readonly load = () => {
    const { quizId } = this.props;
    this.setState({ failed: false });
    const fail = () => this.setState({ failed: true });
    void fetchQuizData(quizId).then((r) => (r.ok ? this.setState({ quiz: r.quiz }) : fail()));
    void fetchQuizStrings().then((loaded) => this.setState({ loaded }), fail);
    if (this.state.link || !this.leanDoc?.settings.seed || storeNeededAtOnce())
      void this.needLink().catch(() => undefined);
  };

  /** A page restored by Back keeps its state; a draft saved meanwhile in another tab is taken over. */
  private readonly onShow = (event: PageTransitionEvent) => {
    const { quizId } = this.props;
    const { score, quiz, link } = this.state;
    if (!event.persisted || score || !quiz) return;
    const now = link ? this.doc : readLeanQuizDoc(quizId);
    const current = now && resumableDraft(now, quizId, quiz.questions);
    if (current && Object.keys(current.answers).length > Object.keys(this.latest.answers).length) {
      this.latest = current;
      this.setState({ answers: current.answers, confidence: current.confidence });
    }
  };

  override componentDidMount() {
    this.load();
    addEventListener('pageshow', this.onShow);
  }

  override componentWillUnmount() {
    removeEventListener('pageshow', this.onShow);
    this.unsubscribe?.();
  }

  /** Starts the session once the quiz, the learner's progress and their seed are there. */
  override componentDidUpdate() {
    const { quizId } = this.props;
    const { quiz, session, link } = this.state;
    const doc = this.doc;
    if (!doc || !quiz || session) return;
    if (!doc.settings.seed) {
      link?.ensureLearnerSeed();
      return;
    }
    const inPlay = questionsInPlay(
      doc,
      quizId,
      quiz.questions.map((q) => q.id),
      readRetryMode(quizId),
    );
    const draft = resumableDraft(
      doc,
      quizId,
      quiz.questions.filter((q) => inPlay.ids.includes(q.id)),
    );
    if (draft) this.latest = draft;
    this.setState({
      session: { attempt: attemptNumber(doc, quizId), active: inPlay.ids },
      ...(draft && {
        answers: draft.answers,
        confidence: draft.confidence,
        restored: Object.keys(draft.answers).length,
      }),
    });
  }

  private keepDraft(next: Pick<State, 'answers' | 'confidence'>) {
    this.latest = next;
    this.setState(next);
    // The store may still be on its way (first answer): what is saved then is the latest state.
    void this.needLink().then(
      ([link]) => link.saveQuizDraft(this.props.quizId, this.latest.answers, this.latest.confidence),
      () => undefined,
    );
  }

  /**
   * Shows whether the attempt's review cards were saved (a retry button when the scheduler did not load). A
   * failure stays on screen until a retry has saved them.
   */
  private scheduled(saving: Promise<boolean>) {
    void saving.then((ok) => this.setState({ scheduling: ok ? 'saved' : 'failed' }));
  }

  private active(): QuizData['questions'] {
    const { quiz, session } = this.state;
    return quiz && session ? quiz.questions.filter((q) => session.active.includes(q.id)) : [];
  }

  private readonly finish = async () => {
    const { quiz, score } = this.state;
    if (score || !quiz) return;
    const both = await this.needLink().catch(() => undefined);
    if (!both) return;
    const [link, results] = both;
    const active = this.active();
    const { answers, confidence } = this.latest;
    const { score: result, now } = results.submitAttempt(link, quiz, active, answers, confidence);
    this.setState({ score: result, announcement: results.resultText(this.tr(), result), scheduling: 'idle' });
    requestAnimationFrame(() => this.summary.current?.focus());
    this.scheduled(results.scheduleCards(link, quiz.id, active, result, confidence, now));
  };

  private readonly submit = (event: Event) => {
    event.preventDefault();
    if (this.state.score) return;
    const dialog = this.dialog.current;
    if (unansweredQuestions(this.active(), this.latest.answers).length > 0 && typeof dialog?.showModal === 'function') {
      dialog.showModal();
      return;
    }
    void this.finish();
  };

  private readonly retry = (onlyMissed: boolean) => {
    const { link, results, score, quiz } = this.state;
    const doc = this.doc;
    if (!link || !results || !score || !quiz || !doc) return;
    const session = results.startRetry(link, doc, quiz, this.active(), score, onlyMissed);
    this.latest = { answers: {}, confidence: {} };
    this.setState({
      session,
      answers: {},
      confidence: {},
      score: undefined,
      scheduling: 'idle',
      restored: 0,
      announcement: this.tr()(onlyMissed ? 'quiz.retryMissed.announce' : 'quiz.retry.announce', {
        n: session.active.length,
      }),
    });
    focusQuestion(this.uid(session.active[0]!));
  };

  override render() {
    const { quizId, lessonId, children } = this.props;
    const { quiz, loaded, session, failed, answers, confidence, score, results, link, restored } = this.state;
    const doc = this.doc;
    const tr = this.tr();
    const uid = this.uid;
    if (!quiz || !doc || !loaded || !session) {
      // A box of its own (the slot is display: contents), so client:visible has something to watch.
      return (
        <div class="quiz-host">
          {failed && (
            <p role="alert" class="quiz-offline">
              {tr('quiz.data.failed')}{' '}
              <button type="button" class="small-button" onClick={this.load}>
                {tr('quiz.data.retry')}
              </button>
            </p>
          )}
          {children}
        </div>
      );
    }

    const questions = quiz.questions;
    const seed = doc.settings.seed;
    const active = this.active();
    const history = quizHistory(doc, quizId);
    const askConfidence = doc.settings.askConfidence ?? true;
    const missing = unansweredQuestions(active, answers);
    const announce = (announcement: string) => this.setState({ announcement });

    return (
      <div class="quiz-host">
        <form class="quiz" onSubmit={this.submit} data-ready="true" aria-labelledby={`${quizId}-title`}>
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
                onAnswer={(a) => this.keepDraft({ ...this.latest, answers: { ...this.latest.answers, [q.id]: a } })}
                confidence={own(confidence, q.id)}
                onConfidence={
                  askConfidence
                    ? (v) => this.keepDraft({ ...this.latest, confidence: { ...this.latest.confidence, [q.id]: v } })
                    : undefined
                }
                result={own(score?.results, q.id)}
                announce={announce}
                tr={tr}
                number={i + 1}
              >
                {score && results && own(score.results, q.id) && (
                  <results.Feedback
                    question={q}
                    answer={own(answers, q.id)}
                    result={own(score.results, q.id)!}
                    tr={tr}
                  />
                )}
              </QuestionView>
            ),
          )}
          {score && results && link ? (
            <results.QuizSummary
              tr={tr}
              score={score}
              heading={this.summary}
              questions={questions}
              active={active}
              uid={uid}
              focusQuestion={focusQuestion}
              scheduling={this.state.scheduling}
              onScheduleRetry={() =>
                this.scheduled(results.scheduleCards(link, quizId, active, score, confidence, new Date()))
              }
              lessonId={lessonId}
              lessons={doc.lessons}
              onLessonDone={(id) => {
                link.setLessonDone(id, true);
                announce(tr('quiz.lessonDone.saved'));
              }}
              onRetry={this.retry}
            />
          ) : (
            <p class="actions">
              <button type="submit" class="button">
                {tr('quiz.submit')}
              </button>{' '}
              <span class="meta">
                {tr('quiz.answered', { n: countAnswered(active, answers), total: active.length })}
              </span>
            </p>
          )}
          <dialog ref={this.dialog} class="quiz-confirm" aria-labelledby={`${quizId}-confirm`}>
            <p id={`${quizId}-confirm`}>{tr('quiz.confirm.unanswered', { n: missing.length })}</p>
            <p class="actions">
              <button
                type="button"
                class="button"
                onClick={() => {
                  this.dialog.current?.close();
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
                  this.dialog.current?.close();
                  void this.finish();
                }}
              >
                {tr('quiz.confirm.submit')}
              </button>
            </p>
          </dialog>
          <p class="visually-hidden" role="status" aria-live="polite">
            {this.state.announcement}
          </p>
        </form>
      </div>
    );
  }
}
