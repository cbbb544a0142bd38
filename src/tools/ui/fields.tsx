/** Labelled form controls shared by the shortage, report and guidance tools: native inputs, one per label. */
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useState } from 'preact/hooks';
import { numberText, readNumber, type ReadNumber } from '../model/form-input.ts';

/** A page-unique id for a label's control, the same in the server's HTML and after hydration. */
export function useFieldId(prefix: string): string {
  return `${prefix}${useId()}`;
}

/** A label, with the row it belongs to said first to a screen reader. */
function FieldLabel({ id, label, context }: { id: string; label: string; context?: string | undefined }) {
  return (
    <label for={id}>
      {context && <span class="visually-hidden">{context} </span>}
      {label}
    </label>
  );
}

interface NumberBoxProps {
  label: string;
  /** Said before the label by a screen reader only: which row this box belongs to. */
  context?: string | undefined;
  value: ReadNumber;
  onChange: (value: ReadNumber) => void;
  /** Unit shown after the box, e.g. 條. */
  unit?: string;
  /** Said when the text is not a number. */
  invalid: string;
  hint?: string;
  /** A problem the calculation found with this box. */
  problem?: string | undefined;
}

/**
 * A number box that keeps the text as typed: a phone keyboard's full-width digits are read, and text that is not a
 * number stays in the box with a message (a type="number" input would blank it and lose what was typed).
 */
export function NumberBox({ label, context, value, onChange, unit, invalid, hint, problem }: NumberBoxProps) {
  const id = useFieldId('n');
  const [text, setText] = useState(numberText(value));
  // A new record loaded into the form replaces the text; typing never does (the value follows the text).
  useEffect(() => {
    const read = readNumber(text);
    const same = read === value || (Number.isNaN(read) && Number.isNaN(value));
    if (!same) setText(numberText(value));
  }, [value]);
  const bad = typeof value === 'number' && Number.isNaN(value);
  const message = bad ? invalid : problem;
  return (
    <div class="field number-field">
      <FieldLabel id={id} label={label} context={context} />
      <span class="with-unit">
        <input
          id={id}
          type="text"
          inputMode="decimal"
          autocomplete="off"
          value={text}
          aria-invalid={message ? 'true' : undefined}
          aria-describedby={message || hint ? `${id}-note` : undefined}
          onInput={(e) => {
            const next = (e.currentTarget as HTMLInputElement).value;
            setText(next);
            onChange(readNumber(next));
          }}
        />
        {unit && <span aria-hidden="true">{unit}</span>}
      </span>
      {(message || hint) && (
        <span id={`${id}-note`} class={message ? 'field-error' : 'field-hint'}>
          {message ?? hint}
        </span>
      )}
    </div>
  );
}

interface TextBoxProps {
  label: string;
  context?: string | undefined;
  value: string | undefined;
  onChange: (value: string) => void;
  hint?: string | undefined;
  multiline?: boolean;
  rows?: number;
  required?: boolean;
  problem?: string | undefined;
  type?: 'text' | 'date' | 'month';
  maxLength?: number;
}

/** A labelled text box or text area. */
export function TextBox({
  label,
  context,
  value,
  onChange,
  hint,
  multiline,
  rows = 3,
  required,
  problem,
  type = 'text',
  maxLength = 2000,
}: TextBoxProps) {
  const id = useFieldId('t');
  const note = problem ?? hint;
  const common = {
    id,
    value: value ?? '',
    maxLength,
    'aria-invalid': problem ? ('true' as const) : undefined,
    'aria-describedby': note ? `${id}-note` : undefined,
    required,
    onInput: (e: Event) => onChange((e.currentTarget as HTMLInputElement).value),
  };
  return (
    <div class="field">
      <FieldLabel id={id} label={label} context={context} />
      {multiline ? <textarea {...common} rows={rows} /> : <input {...common} type={type} autocomplete="off" />}
      {note && (
        <span id={`${id}-note`} class={problem ? 'field-error' : 'field-hint'}>
          {note}
        </span>
      )}
    </div>
  );
}

/** A list of problems, announced when it appears. */
export function Problems({ title, problems }: { title: string; problems: { field: string; message: string }[] }) {
  if (problems.length === 0) return null;
  return (
    <div class="message error record-problems" role="alert">
      <p>{title}</p>
      <ul>
        {problems.map((p) => (
          <li key={p.field + p.message}>{p.message}</li>
        ))}
      </ul>
    </div>
  );
}

/** A fieldset with a legend: one part of a form. */
export function Section({ legend, children, id }: { legend: string; children: ComponentChildren; id?: string }) {
  return (
    <fieldset class="tool-section" id={id}>
      <legend>{legend}</legend>
      {children}
    </fieldset>
  );
}

/** The save button and what the last save did, announced. */
export function SaveBar({
  editor,
  t,
}: {
  editor: { dirty: boolean; outcome?: { kind: string; problems: { field: string; message: string }[] } | undefined };
  t: (key: string, vars?: Record<string, string | number>) => string;
}) {
  const o = editor.outcome;
  return (
    <div class="save-bar">
      <button type="submit" class="button">
        {t('tools.save')}
      </button>
      <p role="status" class="save-status">
        {o?.kind === 'saved'
          ? t('toolForm.saved')
          : o?.kind === 'unreadable'
            ? ''
            : editor.dirty
              ? t('toolForm.unsaved')
              : ''}
      </p>
      {o?.kind === 'unreadable' && (
        <p class="message error" role="alert">
          {t('toolForm.unreadable')}
        </p>
      )}
      {o?.kind === 'invalid' && <Problems title={t('toolForm.invalid')} problems={o.problems} />}
      {o?.kind === 'refused' && (
        <p class="message error" role="alert">
          {t('toolForm.refused', { field: o.problems[0]?.message ?? '' })}
        </p>
      )}
    </div>
  );
}
