/** The progress page: completion, quiz statistics, history, and the learner's data (export, import, erase). */
import { useMemo } from 'preact/hooks';
import { formatPercent, translator, type Translate } from '../../i18n/format.ts';
import { formatDate } from '../../i18n/dates.ts';
import { dueCount } from '../model/review-queue.ts';
import { emptyDocument, type ProgressDoc } from '../model/document.ts';
import { ProgressData } from './ProgressData.tsx';
import { CoachSettings } from './CoachSettings.tsx';
import { SectionGuard } from './SectionGuard.tsx';
import { progressStats, type CourseOutline } from '../model/stats.ts';
import { useProgress } from './use-progress.ts';

interface Props {
  course: CourseOutline;
  firstLesson: { title: string; href: string };
  strings: Record<string, string>;
}

/** Each part is guarded on its own: an odd record can hide a table, never the export, import or erase. */
export default function ProgressDashboard({ course, firstLesson, strings }: Props) {
  const tr = translator(strings);
  const doc = useProgress();

  // Before the stored progress is read (and in the server's HTML) the page shows a new learner's
  // dashboard with its controls disabled, so reading it in moves nothing on the page.
  const shown = doc ?? emptyDocument();
  return (
    <div data-ready={doc ? 'true' : undefined} aria-busy={doc ? undefined : 'true'}>
      {!doc && <p class="visually-hidden">{tr('dash.loading')}</p>}
      <SectionGuard fallback={tr('dash.broken')}>
        <ProgressStats doc={shown} course={course} firstLesson={firstLesson} tr={tr} />
      </SectionGuard>
      <SectionGuard fallback={tr('dash.broken')}>
        <ProgressData doc={shown} ready={doc !== undefined} tr={tr} />
      </SectionGuard>
      <SectionGuard fallback={tr('dash.broken')}>
        <CoachSettings doc={shown} ready={doc !== undefined} tr={tr} />
      </SectionGuard>
    </div>
  );
}

/** Completion, quiz scores and assessments: everything computed by progressStats. */
function ProgressStats({ doc, course, firstLesson, tr }: Omit<Props, 'strings'> & { doc: ProgressDoc; tr: Translate }) {
  const stats = useMemo(() => progressStats(doc, course, dueCount(doc, new Date())), [doc, course]);
  return (
    <>
      {stats.isEmpty ? (
        <section class="card" aria-labelledby="empty-heading">
          <h2 id="empty-heading">{tr('dash.empty.title')}</h2>
          <p>{tr('dash.empty.body')}</p>
          <p>
            <a class="button" href={firstLesson.href}>
              {tr('dash.empty.start', { title: firstLesson.title })}
            </a>
          </p>
        </section>
      ) : (
        <section aria-labelledby="summary-heading">
          <h2 id="summary-heading">{tr('dash.summary')}</h2>
          <ul class="stat-grid">
            <li>
              <strong>
                {stats.completed} / {stats.total}
              </strong>
              <span>{tr('dash.lessonsDone')}</span>
            </li>
            <li>
              <strong>{stats.attemptCount}</strong>
              <span>{tr('dash.attempts')}</span>
            </li>
            <li>
              <strong>{stats.averageScore === undefined ? '—' : formatPercent(stats.averageScore)}</strong>
              <span>{tr('dash.average')}</span>
            </li>
            <li>
              <strong>{stats.due}</strong>
              <span>
                <a href="/review/">{tr('dash.due')}</a>
              </span>
            </li>
          </ul>
          {stats.lastActivity && (
            <p class="meta">{tr('dash.lastActivity', { date: formatDate(stats.lastActivity, 'short') })}</p>
          )}
        </section>
      )}

      <section aria-labelledby="modules-heading">
        <h2 id="modules-heading">{tr('dash.modules')}</h2>
        <ul class="card-list">
          {stats.modules.map((m) => (
            <li key={m.id}>
              <a href={m.href}>{m.title}</a>
              <div
                class="progress-bar"
                role="progressbar"
                aria-label={m.title}
                aria-valuemin={0}
                aria-valuemax={m.total}
                aria-valuenow={m.done}
                aria-valuetext={tr('dash.moduleProgress', { done: m.done, total: m.total })}
              >
                {/* No style attribute at 0 %: the server's HTML carries none (the CSP forbids inline styles). */}
                <span style={m.total && m.done ? { width: `${(m.done / m.total) * 100}%` } : undefined} />
              </div>
              <span class="meta">{tr('dash.moduleProgress', { done: m.done, total: m.total })}</span>
            </li>
          ))}
        </ul>
        {stats.doneLessons.length > 0 && (
          <details>
            <summary>{tr('dash.doneList', { n: stats.doneLessons.length })}</summary>
            <ul>
              {stats.doneLessons.map((l) => (
                <li key={l.id}>
                  <a href={l.href}>{l.title}</a>
                </li>
              ))}
            </ul>
          </details>
        )}
      </section>

      <section aria-labelledby="quiz-heading">
        <h2 id="quiz-heading">{tr('dash.quizzes')}</h2>
        {stats.quizzes.length === 0 ? (
          <p>{tr('dash.quizzes.none')}</p>
        ) : (
          <div class="table-scroll">
            <table>
              <caption class="visually-hidden">{tr('dash.quizzes')}</caption>
              <thead>
                <tr>
                  <th scope="col">{tr('dash.quiz')}</th>
                  <th scope="col">{tr('dash.quiz.attempts')}</th>
                  <th scope="col">{tr('dash.quiz.best')}</th>
                  <th scope="col">{tr('dash.quiz.last')}</th>
                </tr>
              </thead>
              <tbody>
                {stats.quizzes.map((q) => (
                  <tr key={q.id}>
                    <th scope="row">
                      <a href={q.href}>{q.title}</a>
                    </th>
                    <td>{q.attempts}</td>
                    <td>{formatPercent(q.best)}</td>
                    <td>
                      {formatPercent(q.last)}（{formatDate(q.lastAt, 'short')}）
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="assess-heading">
        <h2 id="assess-heading">{tr('dash.assessments')}</h2>
        {stats.assessments.length === 0 ? (
          <p>
            {tr('dash.assessments.none')} <a href="/assessment/">{tr('dash.assessments.take')}</a>
          </p>
        ) : (
          <ul>
            {stats.assessments.map((a) => (
              <li key={a.id}>
                {formatDate(a.at, 'short')}：<a href="/assessment/">{tr('dash.assessments.result')}</a>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
