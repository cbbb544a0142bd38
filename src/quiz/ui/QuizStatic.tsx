/**
 * The quiz as plain HTML, rendered at build time inside the island: every question and option reads without
 * JavaScript, and the island shows it until its data and the learner's progress are loaded. Controls stay
 * disabled (the button says 載入中), so no tap is silently lost. Never hydrated: it ships no code and no props.
 */
import type { Quiz } from '../../course/model/schemas.ts';
import { translator } from '../../i18n/format.ts';
import { layoutQuestion } from '../../question/model/layout.ts';
import QuestionView from '../../question/ui/QuestionView.tsx';

interface Props {
  quizId: string;
  quiz: Quiz;
  strings: Record<string, string>;
}

const nothing = () => undefined;

export default function QuizStatic({ quizId, quiz, strings }: Props) {
  const tr = translator(strings);
  return (
    <form class="quiz" aria-labelledby={`${quizId}-title`}>
      <h2 id={`${quizId}-title`}>{quiz.title}</h2>
      <p class="meta">{tr('quiz.intro', { n: quiz.questions.length })}</p>
      {quiz.questions.map((q, i) => (
        <QuestionView
          key={q.id}
          uid={`${quizId}-${q.id}`}
          question={q}
          layout={layoutQuestion(quizId, q, 0)}
          answer={undefined}
          onAnswer={nothing}
          confidence={undefined}
          onConfidence={nothing}
          result={undefined}
          announce={nothing}
          tr={tr}
          number={i + 1}
          ready={false}
        />
      ))}
      <p class="actions">
        <button type="submit" class="button" disabled>
          {tr('quiz.loading')}
        </button>{' '}
        <span class="meta">{tr('quiz.answered', { n: 0, total: quiz.questions.length })}</span>
      </p>
    </form>
  );
}
