/** The sales-plan form: the total, 分目標 with 措施 · 難點 · 對策 (the difference shown until they add up), and periods with actuals. */
import type { Translate } from '../../../i18n/format.ts';
import type { Problem } from '../../model/result.ts';
import { partsSplit, periodsSplit, type SalesDraft } from '../../model/sales-form.ts';
import { Field } from '../Field.tsx';
import { Problems } from '../Problems.tsx';

interface Props {
  draft: SalesDraft;
  isNew: boolean;
  problems: Problem[];
  tr: Translate;
  newId: () => string;
  onChange: (draft: SalesDraft) => void;
  onSave: () => void;
  onCancel: () => void;
}

/** The id of a field's control: `parts[1].target` → `sales-parts-1-target`. */
export const salesFieldId = (field: string): string => `sales-${field.replace(/[^\w]+/g, '-').replace(/-$/, '')}`;

function Balance({ split, label }: { split: ReturnType<typeof partsSplit>; label: string }) {
  if (!split.ok) return null;
  return (
    <p class={`tool-balance ${split.balanced ? 'ok' : 'off'}`}>
      {label}
      {split.message}
    </p>
  );
}

export function SalesForm({ draft, isNew, problems, tr, newId, onChange, onSave, onCancel }: Props) {
  const problemOf = (field: string) => problems.find((p) => p.field === field)?.message;
  const set = (patch: Partial<SalesDraft>) => onChange({ ...draft, ...patch });
  const setPart = (i: number, patch: Partial<SalesDraft['parts'][number]>) =>
    set({ parts: draft.parts.map((p, k) => (k === i ? { ...p, ...patch } : p)) });
  const setPeriod = (i: number, patch: Partial<SalesDraft['periods'][number]>) =>
    set({ periods: draft.periods.map((p, k) => (k === i ? { ...p, ...patch } : p)) });
  const field = (
    name: string,
    value: string,
    onInput: (v: string) => void,
    extra: { multiline?: boolean; numeric?: boolean; type?: 'date'; hint?: string } = {},
  ) => (
    <Field
      id={salesFieldId(name)}
      label={tr(`tools.sales.field.${name.replace(/\[\d+\]/, '')}`)}
      value={value}
      onInput={onInput}
      problem={problemOf(name)}
      multiline={extra.multiline}
      inputMode={extra.numeric ? 'decimal' : undefined}
      type={extra.type}
      hint={extra.hint}
    />
  );
  return (
    <form
      class="tool-form card"
      aria-labelledby="sales-form-heading"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSave();
      }}
    >
      <h2 id="sales-form-heading" tabIndex={-1}>
        {tr(isNew ? 'tools.sales.form.new' : 'tools.sales.form.edit')}
      </h2>
      <Problems problems={problems} title={tr('tools.problems')} fieldId={salesFieldId} />
      <fieldset>
        <legend>{tr('tools.sales.section.plan')}</legend>
        {field('title', draft.title, (title) => set({ title }))}
        {field('total', draft.total, (total) => set({ total }), { numeric: true })}
        {field('unit', draft.unit, (unit) => set({ unit }))}
        <div class="tool-field">
          <label for="sales-splitBy">{tr('tools.sales.field.splitBy')}</label>
          <select
            id="sales-splitBy"
            value={draft.splitBy}
            onChange={(e) => set({ splitBy: e.currentTarget.value as SalesDraft['splitBy'] })}
          >
            {(['area', 'brand', 'week'] as const).map((v) => (
              <option key={v} value={v}>
                {tr(`tools.sales.split.${v}`)}
              </option>
            ))}
          </select>
        </div>
        {field('start', draft.start, (start) => set({ start }), { type: 'date' })}
        {field('end', draft.end, (end) => set({ end }), { type: 'date' })}
      </fieldset>
      <fieldset>
        <legend>{tr('tools.sales.section.parts')}</legend>
        <div aria-live="polite">
          <Balance split={partsSplit(draft)} label={tr('tools.sales.balance.parts')} />
        </div>
        {draft.parts.map((p, i) => (
          <div class="tool-part" key={p.id} role="group" aria-labelledby={`sales-part-${i}-heading`}>
            <h3 id={`sales-part-${i}-heading`}>{tr('tools.sales.part', { n: i + 1 })}</h3>
            {field(`parts[${i}].label`, p.label, (label) => setPart(i, { label }), {
              hint: tr(`tools.sales.hint.label.${draft.splitBy}`),
            })}
            {field(`parts[${i}].target`, p.target, (target) => setPart(i, { target }), { numeric: true })}
            {field(`parts[${i}].measures`, p.measures, (measures) => setPart(i, { measures }), {
              multiline: true,
              hint: tr('tools.sales.hint.measures'),
            })}
            {field(`parts[${i}].obstacles`, p.obstacles, (obstacles) => setPart(i, { obstacles }), { multiline: true })}
            {field(`parts[${i}].preparation`, p.preparation, (preparation) => setPart(i, { preparation }), {
              multiline: true,
            })}
            {draft.parts.length > 1 && (
              <button
                type="button"
                class="button danger secondary"
                onClick={() => set({ parts: draft.parts.filter((_, k) => k !== i) })}
              >
                {tr('tools.sales.part.remove', { n: i + 1 })}
              </button>
            )}
          </div>
        ))}
        <button
          type="button"
          class="button secondary"
          onClick={() =>
            set({
              parts: [
                ...draft.parts,
                { id: newId(), label: '', target: '', measures: '', obstacles: '', preparation: '' },
              ],
            })
          }
        >
          {tr('tools.sales.part.add')}
        </button>
      </fieldset>
      <fieldset>
        <legend>{tr('tools.sales.section.periods')}</legend>
        <div aria-live="polite">
          <Balance split={periodsSplit(draft)} label={tr('tools.sales.balance.periods')} />
        </div>
        {draft.periods.map((p, i) => (
          <div class="tool-part" key={p.id} role="group" aria-labelledby={`sales-period-${i}-heading`}>
            <h3 id={`sales-period-${i}-heading`}>{p.label || tr('tools.sales.period', { n: i + 1 })}</h3>
            {field(`periods[${i}].label`, p.label, (label) => setPeriod(i, { label }))}
            {field(`periods[${i}].plan`, p.plan, (plan) => setPeriod(i, { plan }), { numeric: true })}
            {field(`periods[${i}].actual`, p.actual, (actual) => setPeriod(i, { actual }), {
              numeric: true,
              hint: tr('tools.sales.hint.actual'),
            })}
            {draft.periods.length > 1 && (
              <button
                type="button"
                class="button danger secondary"
                onClick={() => set({ periods: draft.periods.filter((_, k) => k !== i) })}
              >
                {tr('tools.sales.period.remove', { n: i + 1 })}
              </button>
            )}
          </div>
        ))}
        <button
          type="button"
          class="button secondary"
          onClick={() =>
            set({
              periods: [
                ...draft.periods,
                { id: newId(), label: tr('tools.sales.period', { n: draft.periods.length + 1 }), plan: '', actual: '' },
              ],
            })
          }
        >
          {tr('tools.sales.period.add')}
        </button>
      </fieldset>
      {field('note', draft.note, (note) => set({ note }), { multiline: true })}
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
