/** The visit-plan form: retailer, when, purpose, current state (with the last visit's closing note), desired state, how, and after the visit. */
import { Field } from '../Field.tsx';
import { Problems } from '../Problems.tsx';
import type { Translate } from '../../../i18n/format.ts';
import type { Problem } from '../../model/result.ts';
import type { ClosingNote, VisitDraft } from '../../model/visit-form.ts';
import type { VisitWarning } from '../../model/visit.ts';

interface Props {
  draft: VisitDraft;
  isNew: boolean;
  problems: Problem[];
  warnings: VisitWarning[];
  closing: ClosingNote | undefined;
  tr: Translate;
  onChange: (draft: VisitDraft) => void;
  onSave: () => void;
  onCancel: () => void;
}

/** The id of a field's control, for labels and the problem links. */
export const visitFieldId = (field: string): string => `visit-${field.replace(/\W/g, '-')}`;

export function VisitForm({ draft, isNew, problems, warnings, closing, tr, onChange, onSave, onCancel }: Props) {
  const problemOf = (field: string) => problems.find((p) => p.field === field)?.message;
  const set = (patch: Partial<VisitDraft>) => onChange({ ...draft, ...patch });
  const setCurrent = (patch: Partial<VisitDraft['current']>) => set({ current: { ...draft.current, ...patch } });
  const text = (field: keyof VisitDraft & string, multiline = true, hint?: string) => (
    <Field
      id={visitFieldId(field)}
      label={tr(`tools.visit.field.${field}`)}
      value={String(draft[field] ?? '')}
      onInput={(value) => set({ [field]: value } as Partial<VisitDraft>)}
      problem={problemOf(field)}
      multiline={multiline}
      hint={hint}
    />
  );
  const purposeWarning = warnings.find((w) => w.code === 'no-purpose');
  return (
    <form
      class="tool-form card"
      aria-labelledby="visit-form-heading"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSave();
      }}
    >
      <h2 id="visit-form-heading" tabIndex={-1}>
        {tr(isNew ? 'tools.visit.form.new' : 'tools.visit.form.edit')}
      </h2>
      <Problems problems={problems} title={tr('tools.problems')} fieldId={visitFieldId} />
      <fieldset>
        <legend>{tr('tools.visit.section.who')}</legend>
        <Field
          id={visitFieldId('retailer')}
          label={tr('tools.visit.field.retailer')}
          value={draft.retailer}
          onInput={(retailer) => set({ retailer })}
          problem={problemOf('retailer')}
          required
        />
        {text('grade', false)}
        <Field
          id={visitFieldId('date')}
          type="date"
          label={tr('tools.visit.field.date')}
          value={draft.date}
          onInput={(date) => set({ date })}
          problem={problemOf('date')}
          required
        />
        <Field
          id={visitFieldId('time')}
          type="time"
          label={tr('tools.visit.field.time')}
          value={draft.time ?? ''}
          onInput={(time) => set({ time })}
          problem={problemOf('time')}
        />
        <Field
          id={visitFieldId('order')}
          inputMode="numeric"
          label={tr('tools.visit.field.order')}
          hint={tr('tools.visit.hint.order')}
          value={draft.order}
          onInput={(order) => set({ order })}
          problem={problemOf('order')}
        />
      </fieldset>
      <fieldset>
        <legend>{tr('tools.visit.section.purpose')}</legend>
        {text('purpose', true, tr('tools.visit.hint.purpose'))}
        {purposeWarning && (
          <p class="tool-warning">
            <strong>{tr('tools.visit.aimless')}</strong> {purposeWarning.message}
          </p>
        )}
      </fieldset>
      <fieldset>
        <legend>{tr('tools.visit.section.current')}</legend>
        {closing ? (
          <div class="tool-closing">
            <p>
              <strong>{tr('tools.visit.closing', { date: closing.date })}</strong>
            </p>
            {closing.outcome && <p>{tr('tools.visit.closing.outcome', { text: closing.outcome })}</p>}
            {closing.nextStep && (
              <p>
                {tr('tools.visit.closing.next', { text: closing.nextStep })}
                {closing.nextStepDate && ` ${tr('tools.visit.closing.nextDate', { date: closing.nextStepDate })}`}
              </p>
            )}
          </div>
        ) : (
          <p class="meta">{tr('tools.visit.closing.none')}</p>
        )}
        {(['sales', 'stock', 'display', 'issues'] as const).map((key) => (
          <Field
            key={key}
            id={visitFieldId(`current.${key}`)}
            label={tr(`tools.visit.field.current.${key}`)}
            value={draft.current[key]}
            onInput={(value) => setCurrent({ [key]: value })}
            multiline
          />
        ))}
      </fieldset>
      <fieldset>
        <legend>{tr('tools.visit.section.plan')}</legend>
        {text('desired', true, tr('tools.visit.hint.desired'))}
        {text('actions')}
        {text('bring')}
      </fieldset>
      <fieldset>
        <legend>{tr('tools.visit.section.after')}</legend>
        {text('outcome')}
        {text('nextStep', false)}
        <Field
          id={visitFieldId('nextStepDate')}
          type="date"
          label={tr('tools.visit.field.nextStepDate')}
          value={draft.nextStepDate ?? ''}
          onInput={(nextStepDate) => set({ nextStepDate })}
          problem={problemOf('nextStepDate')}
        />
      </fieldset>
      <div class="tool-buttons">
        <button type="submit" class="button">
          {tr('tools.save')}
        </button>
        <button type="button" class="button secondary" onClick={onCancel}>
          {tr('tools.cancel')}
        </button>
      </div>
    </form>
  );
}
