/** A labelled text field of a tool form, with its hint and its problem announced beside it. */
import type { JSX } from 'preact';

interface FieldProps {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  hint?: string | undefined;
  problem?: string | undefined;
  /** A paragraph instead of one line. */
  multiline?: boolean;
  type?: 'text' | 'date' | 'time' | 'number';
  inputMode?: 'numeric' | 'decimal' | 'text';
  required?: boolean;
}

/** One field: label above, the control, the hint, the problem (tied to the control by aria-describedby). */
export function Field({
  id,
  label,
  value,
  onInput,
  hint,
  problem,
  multiline,
  type = 'text',
  inputMode,
  required,
}: FieldProps) {
  const described = [hint && `${id}-hint`, problem && `${id}-problem`].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    value,
    'aria-describedby': described,
    'aria-invalid': problem ? (true as const) : undefined,
    required,
    onInput: (e: JSX.TargetedEvent<HTMLInputElement | HTMLTextAreaElement>) => onInput(e.currentTarget.value),
  };
  return (
    <div class={`tool-field${problem ? ' has-problem' : ''}`}>
      <label for={id}>{label}</label>
      {multiline ? <textarea rows={3} {...common} /> : <input type={type} inputMode={inputMode} {...common} />}
      {hint && (
        <p class="meta" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {problem && (
        <p class="tool-problem" id={`${id}-problem`}>
          {problem}
        </p>
      )}
    </div>
  );
}
