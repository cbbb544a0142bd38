/** 「給教練看的名字」 and team code on /progress/: optional, saved in settings and carried in the export file. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from '../../i18n/format.ts';
import { COACH_LIMITS, readCoachFields, type CoachFieldsResult } from '../model/coach.ts';
import type { ProgressDoc } from '../model/document.ts';
import { updateSettings } from '../store.ts';
import './coach.css';

type Problem = Extract<CoachFieldsResult, { ok: false }>;

export function CoachSettings({ doc, ready, tr }: { doc: ProgressDoc; ready: boolean; tr: Translate }) {
  const saved = doc.settings;
  const [name, setName] = useState(saved.displayName ?? '');
  const [code, setCode] = useState(saved.teamCode ?? '');
  const [problem, setProblem] = useState<Problem | undefined>();
  const [message, setMessage] = useState('');
  const nameInput = useRef<HTMLInputElement>(null);
  const codeInput = useRef<HTMLInputElement>(null);
  // Stored progress arrives after the first render (and another tab may change it): show what is saved.
  useEffect(() => {
    setName(saved.displayName ?? '');
    setCode(saved.teamCode ?? '');
  }, [saved.displayName, saved.teamCode]);

  const onSubmit = (event: Event) => {
    event.preventDefault();
    const result = readCoachFields(name, code);
    if (!result.ok) {
      setProblem(result);
      setMessage('');
      // The field to fix gets the focus; its message is read with it (aria-describedby).
      (result.field === 'displayName' ? nameInput : codeInput).current?.focus();
      return;
    }
    setProblem(undefined);
    updateSettings({ displayName: result.displayName, teamCode: result.teamCode });
    setName(result.displayName ?? '');
    setCode(result.teamCode ?? '');
    setMessage(
      result.displayName || result.teamCode
        ? tr('dash.coach.saved', { name: result.displayName ?? tr('dash.coach.noName'), code: result.teamCode ?? '—' })
        : tr('dash.coach.cleared'),
    );
  };
  const errorOf = (field: Problem['field']) =>
    problem?.field === field
      ? tr(`dash.coach.error.${field}.${problem.problem}`, { max: COACH_LIMITS[field] })
      : undefined;
  const nameError = errorOf('displayName');
  const codeError = errorOf('teamCode');

  return (
    <section aria-labelledby="coach-heading" class="card coach-settings">
      <h2 id="coach-heading">{tr('dash.coach.title')}</h2>
      <p class="meta">{tr('dash.coach.about')}</p>
      <form onSubmit={onSubmit} noValidate>
        <p class="field">
          <label for="coach-name">{tr('dash.coach.name')}</label>
          <input
            id="coach-name"
            ref={nameInput}
            name="displayName"
            type="text"
            autocomplete="nickname"
            value={name}
            disabled={!ready}
            aria-invalid={nameError ? 'true' : undefined}
            aria-describedby={nameError ? 'coach-name-error coach-name-hint' : 'coach-name-hint'}
            onInput={(e) => setName(e.currentTarget.value)}
          />
          <span id="coach-name-hint" class="meta">
            {tr('dash.coach.name.hint', { max: COACH_LIMITS.displayName })}
          </span>
          {nameError && (
            <span id="coach-name-error" class="field-error">
              ⚠ {nameError}
            </span>
          )}
        </p>
        <p class="field">
          <label for="coach-team">{tr('dash.coach.team')}</label>
          <input
            id="coach-team"
            ref={codeInput}
            name="teamCode"
            type="text"
            autocomplete="off"
            autocapitalize="characters"
            spellcheck={false}
            value={code}
            disabled={!ready}
            aria-invalid={codeError ? 'true' : undefined}
            aria-describedby={codeError ? 'coach-team-error coach-team-hint' : 'coach-team-hint'}
            onInput={(e) => setCode(e.currentTarget.value)}
          />
          <span id="coach-team-hint" class="meta">
            {tr('dash.coach.team.hint', { max: COACH_LIMITS.teamCode })}
          </span>
          {codeError && (
            <span id="coach-team-error" class="field-error">
              ⚠ {codeError}
            </span>
          )}
        </p>
        <p>
          <button type="submit" class="button secondary" disabled={!ready}>
            {tr('dash.coach.save')}
          </button>
        </p>
      </form>
      {/* aria-live without role="status": /progress/ keeps one status, the data section's. */}
      <div aria-live="polite" class={problem ? 'message error' : 'message'}>
        {/* The error is shown under its field; the status only announces it. */}
        {problem ? <p class="visually-hidden">{nameError ?? codeError}</p> : message && <p>✓ {message}</p>}
      </div>
      <p class="meta">
        {tr('dash.coach.board')} <a href="/team/">{tr('dash.coach.boardLink')}</a>
      </p>
    </section>
  );
}
