/** A quiz that teaches: answer, get feedback on every choice, see the explanation, try again. */
import { useRef, useState } from 'preact/hooks';
import type { Quiz } from '../content-model/schemas.ts';
import { formatPercent, translator } from '../i18n/format.ts';
import type { Answer, Attempt, ReviewCard } from '../progress/document.ts';
import { quizScores } from '../progress/stats.ts';
import { recordAttempt, saveReviewCards } from '../progress/store.ts';
import { useProgress } from '../progress/use-progress.ts';
import { initialAnswer, layoutQuestion } from './prepare.ts';
import QuestionView from './QuestionView.tsx';
import { scoreQuiz, type QuizScore } from './scoring.ts';

interface Props {
  quizId: string;
  quiz: Quiz;
  strings: Record<string, string>;
}

const newId = (quizId: string) =>
  `${quizId}-${Date.now().toString(36)}-${Math.floor(Math.random() * 36 ** 4).toString(36)}`;

export default function QuizIsland({ quizId, quiz, strings }: Props) {
  const tr = translator(strings);
  const doc = useProgress();
  const [attempt, setAttempt] = useState(0);
  const layouts = quiz.questions.map((q) => layoutQuestion(quizId, q, attempt));
  const [answers, setAnswers] = useState<Record<string, Answer | undefined>>(() =>
    Object.fromEntries(quiz.questions.map((q, i) => [q.id, initialAnswer(q, layouts[i]!)])),
  );
  const [confidence, setConfidence] = useState<Record<string, 1 | 2 | 3>>({});
  const [score, setScore] = useState<QuizScore | undefined>();
  const [announcement, setAnnouncement] = useState('');
  const summary = useRef<HTMLHeadingElement>(null);
  const history = doc ? quizScores(doc, quizId) : undefined;
  const askConfidence = doc?.settings.askConfidence ?? true;
  const answered = quiz.questions.filter((q) => {
    const a = answers[q.id];
    return a !== undefined && !(Array.isArray(a) && a.length === 0);
  }).length;

  const submit = async (event: Event) => {
    event.preventDefault();
    if (score) return;
    const result = scoreQuiz(quiz, answers);
    setScore(result);
    const now = new Date();
    const record: Attempt = {
      id: newId(quizId),
      quiz: quizId,
      at: now.toISOString(),
      answers: Object.fromEntries(Object.entries(answers).filter((e): e is [string, Answer] => e[1] !== undefined)),
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
    // The scheduler is loaded only now, so reading a lesson never downloads it.
    const { scheduleAnswer, cardKey } = await import('../review/schedule.ts');
    const current = doc?.review ?? {};
    const cards: Record<string, ReviewCard> = {};
    for (const q of quiz.questions) {
      const key = cardKey(quizId, q.id);
      cards[key] = scheduleAnswer(
        current[key],
        { quiz: quizId, question: q.id },
        result.results[q.id]?.credit ?? 0,
        confidence[q.id],
        now,
      );
    }
    saveReviewCards(cards);
  };

  const retry = () => {
    const next = attempt + 1;
    setAttempt(next);
    setAnswers(
      Object.fromEntries(quiz.questions.map((q) => [q.id, initialAnswer(q, layoutQuestion(quizId, q, next))])),
    );
    setConfidence({});
    setScore(undefined);
    setAnnouncement(tr('quiz.retry.announce'));
  };

  return (
    <form class="quiz" onSubmit={submit} data-ready={doc ? 'true' : undefined} aria-labelledby={`${quizId}-title`}>
      <h2 id={`${quizId}-title`}>{quiz.title}</h2>
      <p class="meta">
        {tr('quiz.intro', { n: quiz.questions.length })}
        {history &&
          ` ${tr('quiz.history', { best: formatPercent(history.best), last: formatPercent(history.last), n: history.attempts })}`}
      </p>
      {quiz.questions.map((q, i) => (
        <QuestionView
          key={`${q.id}-${attempt}`}
          uid={`${quizId}-${q.id}`}
          question={q}
          layout={layouts[i]!}
          answer={answers[q.id]}
          onAnswer={(a) => setAnswers((prev) => ({ ...prev, [q.id]: a }))}
          confidence={confidence[q.id]}
          onConfidence={askConfidence ? (v) => setConfidence((prev) => ({ ...prev, [q.id]: v })) : undefined}
          result={score?.results[q.id]}
          announce={setAnnouncement}
          tr={tr}
          number={i + 1}
        />
      ))}
      {score ? (
        <div class="quiz-summary">
          <h3 ref={summary} tabIndex={-1}>
            {tr('quiz.result', {
              earned: Math.round(score.earned * 10) / 10,
              possible: score.possible,
              percent: formatPercent(score.score),
            })}
          </h3>
          <p>{tr(score.score >= 1 ? 'quiz.result.perfect' : 'quiz.result.review')}</p>
          <p class="actions">
            <button type="button" class="button" onClick={retry}>
              {tr('quiz.retry')}
            </button>{' '}
            <a class="button secondary" href="/review/">
              {tr('quiz.toReview')}
            </a>
          </p>
        </div>
      ) : (
        <p class="actions">
          <button type="submit" class="button" disabled={!doc}>
            {tr('quiz.submit')}
          </button>{' '}
          <span class="meta">{tr('quiz.answered', { n: answered, total: quiz.questions.length })}</span>
        </p>
      )}
      <p class="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </form>
  );
}
