/**
 * Starts the quiz island in the place of its server markup (see QuizMount.astro). The markup stays on screen,
 * unchanged, as the island's children until the quiz data and the learner's progress have arrived.
 */
import { render } from 'preact';
import QuizIsland from './QuizIsland.tsx';

/** The server's markup as it was: its HTML is set once and never diffed. */
function ServerMarkup({ html }: { html: string }) {
  return <div class="quiz-static" dangerouslySetInnerHTML={{ __html: html }} />;
}

export function mountQuiz(root: HTMLElement): void {
  const { quizId, lessonId, strings } = root.dataset;
  if (!quizId) return;
  const html = root.innerHTML;
  root.textContent = '';
  render(
    <QuizIsland quizId={quizId} lessonId={lessonId} strings={JSON.parse(strings ?? '{}') as Record<string, string>}>
      <ServerMarkup html={html} />
    </QuizIsland>,
    root,
  );
}
