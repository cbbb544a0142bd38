/** The progress page: completion, quiz statistics, history, and the learner's data (export, import, erase). */
import { useStore } from '@nanostores/preact';
import { useRef, useState } from 'preact/hooks';
import { formatDate, formatPercent, translator } from '../i18n/format.ts';
import { COLLECTIONS, type ProgressDoc } from './document.ts';
import { downloadText } from './download.ts';
import { buildExport, exportFileName } from './export.ts';
import { MAX_IMPORT_BYTES, parseImport, previewImport, type ImportPreview } from './import.ts';
import { progressStats, type CourseOutline } from './stats.ts';
import { importProgress } from './import-actions.ts';
import { $undo, eraseProgress, undoLastChange } from './store.ts';
import { useProgress } from './use-progress.ts';

interface Props {
  course: CourseOutline;
  firstLesson: { title: string; href: string };
  strings: Record<string, string>;
}

export default function ProgressDashboard({ course, firstLesson, strings }: Props) {
  const tr = translator(strings);
  const doc = useProgress();
  const undo = useStore($undo);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | undefined>();
  const [pending, setPending] = useState<{ doc: ProgressDoc; preview: ImportPreview; name: string } | undefined>();
  const [mode, setMode] = useState<'merge' | 'replace'>('merge');
  const dialog = useRef<HTMLDialogElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  if (!doc) {
    return (
      <p class="meta" aria-busy="true">
        {tr('dash.loading')}
      </p>
    );
  }
  const stats = progressStats(doc, course, new Date());

  const onFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    setPending(undefined);
    if (!file) return;
    // Check the size before reading so a huge file is never loaded into memory.
    const text = file.size > MAX_IMPORT_BYTES ? '' : await file.text();
    const result = parseImport(text, file.size);
    if (!result.ok) {
      setMessage({ kind: 'error', text: tr('dash.import.refused', { name: file.name, reason: result.message }) });
      input.value = '';
      return;
    }
    setMessage(undefined);
    setPending({ doc: result.doc, preview: previewImport(doc, result.doc), name: file.name });
  };
  const confirmImport = () => {
    if (!pending) return;
    importProgress(pending.doc, mode);
    setPending(undefined);
    if (fileInput.current) fileInput.current.value = '';
    setMessage({ kind: 'ok', text: tr(mode === 'merge' ? 'dash.import.merged' : 'dash.import.replaced') });
  };
  const confirmErase = () => {
    dialog.current?.close();
    eraseProgress();
    setMessage({ kind: 'ok', text: tr('dash.erase.done') });
  };
  const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
  const describe = (counts: ImportPreview['added']) =>
    COLLECTIONS.filter((c) => counts[c] > 0)
      .map((c) => tr(`dash.kind.${c}`, { n: counts[c] }))
      .join('、') || tr('dash.none');

  return (
    <div data-ready="true">
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
                <span style={{ width: `${m.total ? (m.done / m.total) * 100 : 0}%` }} />
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

      <section aria-labelledby="data-heading" class="card">
        <h2 id="data-heading">{tr('dash.data')}</h2>
        <p class="meta">{tr('dash.data.where')}</p>
        <p>
          <button
            type="button"
            class="button"
            onClick={() => downloadText(exportFileName(), JSON.stringify(buildExport(doc), null, 2))}
          >
            {tr('dash.export')}
          </button>
        </p>
        <p>
          <label for="import-file">{tr('dash.import.label')}</label>
          <br />
          <input id="import-file" ref={fileInput} type="file" accept="application/json,.json" onChange={onFile} />
        </p>
        {pending && (
          <fieldset class="import-preview">
            <legend>{tr('dash.import.preview', { name: pending.name })}</legend>
            <p>{tr('dash.import.added', { what: describe(pending.preview.added) })}</p>
            <p>{tr('dash.import.changed', { n: sum(pending.preview.changed) })}</p>
            <p>{tr('dash.import.onlyHere', { what: describe(pending.preview.onlyHere) })}</p>
            <p>
              <label>
                <input
                  type="radio"
                  name="import-mode"
                  value="merge"
                  checked={mode === 'merge'}
                  onChange={() => setMode('merge')}
                />{' '}
                {tr('dash.import.merge')}
              </label>
              <br />
              <label>
                <input
                  type="radio"
                  name="import-mode"
                  value="replace"
                  checked={mode === 'replace'}
                  onChange={() => setMode('replace')}
                />{' '}
                {tr('dash.import.replace')}
              </label>
            </p>
            <p class="actions">
              <button type="button" class="button" onClick={confirmImport}>
                {tr('dash.import.confirm')}
              </button>{' '}
              <button type="button" class="button secondary" onClick={() => setPending(undefined)}>
                {tr('dash.cancel')}
              </button>
            </p>
          </fieldset>
        )}
        <p>
          <button type="button" class="button secondary danger" onClick={() => dialog.current?.showModal()}>
            {tr('dash.erase')}
          </button>
        </p>
        <div role="status" aria-live="polite" class={message?.kind === 'error' ? 'message error' : 'message'}>
          {message && <p>{message.kind === 'error' ? `⚠ ${message.text}` : `✓ ${message.text}`}</p>}
          {undo && message?.kind === 'ok' && (
            <button
              type="button"
              class="button secondary"
              onClick={() => {
                undoLastChange();
                setMessage({ kind: 'ok', text: tr('dash.undone') });
              }}
            >
              {tr(undo.label === 'import' ? 'dash.undo.import' : 'dash.undo.erase')}
            </button>
          )}
        </div>
        <dialog ref={dialog} aria-labelledby="erase-title" class="confirm">
          <h2 id="erase-title">{tr('dash.erase.title')}</h2>
          <p>{tr('dash.erase.body')}</p>
          <form method="dialog" class="actions">
            <button type="submit" class="button secondary" autofocus>
              {tr('dash.cancel')}
            </button>{' '}
            <button type="button" class="button danger" onClick={confirmErase}>
              {tr('dash.erase.confirm')}
            </button>
          </form>
        </dialog>
      </section>
    </div>
  );
}
