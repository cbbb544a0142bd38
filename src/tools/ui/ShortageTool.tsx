/** 短缺調研: the survey per retailer, the allocation proposal beside it, and the CSV export. */
import { translator } from '../../i18n/format.ts';
import { ACCEPTANCE_LABELS, type Acceptance } from '../model/allocation.ts';
import { formatNumber } from '../model/result.ts';
import {
  computeShortage,
  lessonSubstitutes,
  shortageCsv,
  shortageSaveProblems,
  shortageSummary,
  surveyTotals,
  type ShortageFields,
  type ShortageRetailer,
  type ShortageSubstitute,
} from '../model/shortage.ts';
import { downloadFile, printPage } from '../browser/files.ts';
import { NumberBox, Problems, SaveBar, Section, TextBox, useFieldId } from './fields.tsx';
import { EditorForm, EditorRecords } from './SavedList.tsx';
import { newRecordId, useEditor, useRecordAccess } from './use-editor.ts';
import { useState } from 'preact/hooks';

const ACCEPTANCES: Acceptance[] = ['yes', 'partly', 'no'];
const subId = () => newRecordId('sub');
const blank = (): ShortageFields => ({ product: '', rows: [], substitutes: lessonSubstitutes(subId) });
const blankRetailer = (area = ''): ShortageRetailer => ({ id: newRecordId('shop'), name: '', area, households: 1 });

interface Props {
  strings: Record<string, string>;
  /** The lesson that teaches the method. */
  lessonHref: string;
}

/** The island of /tools/shortage/. */
export default function ShortageTool({ strings, lessonHref }: Props) {
  const t = translator(strings);
  const access = useRecordAccess('shortages');
  const editor = useEditor('shortage', access, blank, shortageSaveProblems);
  const [exportProblems, setExportProblems] = useState<{ field: string; message: string }[]>([]);
  const f = editor.fields;
  // Every change starts from the freshest fields: two quick edits before a render never undo each other.
  const set = <K extends keyof ShortageFields>(key: K, value: ShortageFields[K]) =>
    editor.change((old) => ({ ...old, [key]: value }));
  const update = <K extends 'rows' | 'substitutes'>(key: K, fn: (list: ShortageFields[K]) => ShortageFields[K]) =>
    editor.change((old) => ({ ...old, [key]: fn(old[key]) }));
  const setRetailer = (i: number, patch: Partial<ShortageRetailer>) =>
    update('rows', (list) => list.map((r, k) => (k === i ? { ...r, ...patch } : r)));
  const setSubstitute = (i: number, patch: Partial<ShortageSubstitute>) =>
    update('substitutes', (list) => list.map((s, k) => (k === i ? { ...s, ...patch } : s)));
  const areas = [...new Set(f.rows.map((r) => r.area.trim()).filter((a) => a !== ''))];
  const listId = useFieldId('areas');

  const addRetailer = () => {
    update('rows', (list) => [...list, blankRetailer(list[list.length - 1]?.area ?? '')]);
    // Focus the new shop's name box once it is drawn.
    setTimeout(() => {
      const boxes = document.querySelectorAll<HTMLInputElement>('.retailer-card .retailer-name input');
      boxes[boxes.length - 1]?.focus();
    }, 0);
  };

  const exportCsv = () => {
    const r = shortageCsv(f);
    if (!r.ok) {
      setExportProblems(r.problems);
      return;
    }
    setExportProblems([]);
    downloadFile(r.filename, r.csv);
  };

  return (
    <div class="record-tool shortage-tool">
      <div class="tool-screen">
        <EditorRecords
          editor={editor}
          records={access.records}
          summary={shortageSummary}
          heading={t('shortage.saved')}
          newLabel={t('shortage.new')}
          t={t}
        />

        <EditorForm
          editor={editor}
          headingId="shortage-form-heading"
          heading={editor.saved ? t('shortage.form.edit') : t('shortage.form.new')}
        >
          <Section legend={t('shortage.basics')}>
            <TextBox
              label={t('shortage.product')}
              value={f.product}
              onChange={(v) => set('product', v)}
              hint={t('shortage.product.hint')}
              maxLength={80}
            />
            <TextBox
              label={t('shortage.date')}
              type="date"
              value={f.date}
              onChange={(v) => set('date', v || undefined)}
            />
            <NumberBox
              label={t('shortage.available')}
              unit={t('toolForm.unit.carton')}
              value={f.available}
              onChange={(v) => set('available', v)}
              invalid={t('toolForm.notNumber')}
              hint={t('shortage.available.hint')}
            />
          </Section>

          <Section legend={t('shortage.substitutes')}>
            <p class="field-hint">{t('shortage.substitutes.hint')}</p>
            {f.substitutes.map((s, i) => (
              <div class="row-card" key={s.id}>
                <TextBox
                  label={t('shortage.sub.name', { n: i + 1 })}
                  value={s.name}
                  onChange={(v) => setSubstitute(i, { name: v })}
                  maxLength={80}
                />
                <NumberBox
                  label={t('shortage.sub.share', { name: s.name || String(i + 1) })}
                  unit="%"
                  value={s.sharePercent}
                  onChange={(v) => setSubstitute(i, { sharePercent: v })}
                  invalid={t('toolForm.notNumber')}
                />
                <fieldset class="inline-choices">
                  <legend>{t('shortage.sub.stockedBy', { name: s.name || String(i + 1) })}</legend>
                  {(['yes', 'partly'] as const).map((a) => (
                    <label key={a}>
                      <input
                        type="checkbox"
                        checked={s.stockedBy.includes(a)}
                        onChange={(e) =>
                          setSubstitute(i, {
                            stockedBy: (e.currentTarget as HTMLInputElement).checked
                              ? ACCEPTANCES.filter((x) => x === a || s.stockedBy.includes(x))
                              : s.stockedBy.filter((x) => x !== a),
                          })
                        }
                      />{' '}
                      {ACCEPTANCE_LABELS[a]}
                    </label>
                  ))}
                </fieldset>
                <button
                  type="button"
                  class="link-button"
                  onClick={() => update('substitutes', (list) => list.filter((_, k) => k !== i))}
                >
                  {t('shortage.sub.remove', { name: s.name || String(i + 1) })}
                </button>
              </div>
            ))}
            <button
              type="button"
              class="button secondary"
              onClick={() =>
                update('substitutes', (list) => [...list, { id: subId(), name: '', stockedBy: ['yes' as const] }])
              }
            >
              {t('shortage.sub.add')}
            </button>
          </Section>

          <Section legend={t('shortage.retailers', { n: f.rows.length })}>
            <p class="field-hint">{t('shortage.retailers.hint')}</p>
            <datalist id={listId}>
              {areas.map((a) => (
                <option key={a} value={a} />
              ))}
            </datalist>
            <ol class="retailer-list">
              {f.rows.map((r, i) => (
                <li class="row-card retailer-card" key={r.id}>
                  <div class="pair">
                    <div class="retailer-name">
                      <TextBox
                        label={t('shortage.shop.name', { n: i + 1 })}
                        value={r.name}
                        onChange={(v) => setRetailer(i, { name: v })}
                        maxLength={80}
                      />
                    </div>
                    <AreaBox
                      label={t('shortage.shop.area', { n: i + 1 })}
                      value={r.area}
                      list={listId}
                      onChange={(v) => setRetailer(i, { area: v })}
                    />
                  </div>
                  <div class="pair">
                    <NumberBox
                      label={t('shortage.shop.demand')}
                      unit={t('toolForm.unit.carton')}
                      value={r.demand}
                      onChange={(v) => setRetailer(i, { demand: v })}
                      invalid={t('toolForm.notNumber')}
                    />
                    <NumberBox
                      label={t('shortage.shop.floor')}
                      unit={t('toolForm.unit.carton')}
                      value={r.floor}
                      onChange={(v) => setRetailer(i, { floor: v })}
                      invalid={t('toolForm.notNumber')}
                    />
                  </div>
                  <AcceptBox
                    label={t('shortage.shop.accepts')}
                    value={r.accepts}
                    onChange={(v) => setRetailer(i, { accepts: v })}
                    none={t('shortage.shop.accepts.none')}
                  />
                  <TextBox
                    label={t('shortage.shop.goesTo')}
                    value={r.goesTo}
                    onChange={(v) => setRetailer(i, { goesTo: v })}
                    hint={t('shortage.shop.goesTo.hint')}
                    maxLength={200}
                  />
                  <button
                    type="button"
                    class="link-button"
                    onClick={() => update('rows', (list) => list.filter((_, k) => k !== i))}
                  >
                    {t('shortage.shop.remove', { name: r.name || String(i + 1) })}
                  </button>
                </li>
              ))}
            </ol>
            <button type="button" class="button secondary" onClick={addRetailer}>
              {t('shortage.shop.add')}
            </button>
          </Section>

          <details class="tool-more">
            <summary>{t('shortage.rounding')}</summary>
            <div class="field">
              <label for="shortage-rounding">{t('shortage.rounding.allocation')}</label>
              <select
                id="shortage-rounding"
                value={f.rounding ?? 'half-up'}
                onChange={(e) =>
                  set('rounding', (e.currentTarget as HTMLSelectElement).value as ShortageFields['rounding'])
                }
              >
                <option value="half-up">{t('shortage.rounding.halfUp')}</option>
                <option value="largest-remainder">{t('shortage.rounding.largest')}</option>
              </select>
            </div>
            <div class="field">
              <label for="shortage-sub-rounding">{t('shortage.rounding.substitutes')}</label>
              <select
                id="shortage-sub-rounding"
                value={f.substituteRounding ?? 'half-up'}
                onChange={(e) =>
                  set(
                    'substituteRounding',
                    (e.currentTarget as HTMLSelectElement).value as ShortageFields['substituteRounding'],
                  )
                }
              >
                <option value="half-up">{t('shortage.rounding.halfUp.short')}</option>
                <option value="floor">{t('shortage.rounding.floor')}</option>
                <option value="ceil">{t('shortage.rounding.ceil')}</option>
              </select>
            </div>
          </details>
          <TextBox label={t('shortage.note')} value={f.note} onChange={(v) => set('note', v)} multiline />

          <SaveBar editor={editor} t={t} />
        </EditorForm>
      </div>
      <div class="print-only print-head">
        <p>
          <strong>{t('shortage.print.title', { product: f.product || '—' })}</strong>
          {f.date && ` · ${f.date}`}
        </p>
      </div>
      <ShortageResult fields={f} t={t} lessonHref={lessonHref} />
      <div class="tool-actions tool-screen">
        <button type="button" class="button" onClick={exportCsv}>
          {t('shortage.csv')}
        </button>
        <button type="button" class="button secondary" onClick={printPage}>
          {t('toolForm.print')}
        </button>
      </div>
      <div class="tool-screen">
        <Problems title={t('shortage.csv.refused')} problems={exportProblems} />
      </div>
    </div>
  );
}

function AreaBox(props: { label: string; value: string; list: string; onChange: (v: string) => void }) {
  const id = useFieldId('area');
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      <input
        id={id}
        type="text"
        list={props.list}
        autocomplete="off"
        maxLength={40}
        value={props.value}
        onInput={(e) => props.onChange((e.currentTarget as HTMLInputElement).value)}
      />
    </div>
  );
}

function AcceptBox(props: {
  label: string;
  none: string;
  value: Acceptance | undefined;
  onChange: (v: Acceptance | undefined) => void;
}) {
  const id = useFieldId('acc');
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      <select
        id={id}
        value={props.value ?? ''}
        onChange={(e) => {
          const v = (e.currentTarget as HTMLSelectElement).value;
          props.onChange(v === '' ? undefined : (v as Acceptance));
        }}
      >
        <option value="">{props.none}</option>
        {ACCEPTANCES.map((a) => (
          <option key={a} value={a}>
            {ACCEPTANCE_LABELS[a]}
          </option>
        ))}
      </select>
    </div>
  );
}

type T = (key: string, vars?: Record<string, string | number>) => string;

/** The survey totals and the allocation proposal, computed as the form changes. */
function ShortageResult({ fields, t, lessonHref }: { fields: ShortageFields; t: T; lessonHref: string }) {
  const totals = surveyTotals(fields);
  const computed = computeShortage(fields);
  const subs = fields.substitutes;
  return (
    <section class="tool-result" aria-labelledby="shortage-result-heading">
      <h2 id="shortage-result-heading">{t('shortage.result')}</h2>
      {totals.ok && (
        <div class="table-scroll" tabIndex={0} role="region" aria-label={t('shortage.totals.caption')}>
          <table>
            <caption>{t('shortage.totals.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('shortage.col.area')}</th>
                <th scope="col">{t('shortage.col.households')}</th>
                <th scope="col">{t('shortage.col.demand')}</th>
                <th scope="col">{t('shortage.col.floor')}</th>
              </tr>
            </thead>
            <tbody>
              {[...totals.byArea, totals.total].map((a) => (
                <tr key={a.key}>
                  <th scope="row">{a.label}</th>
                  <td>{a.households}</td>
                  <td>{formatNumber(a.demand)}</td>
                  <td>{formatNumber(a.floor)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {!computed.ok ? (
        <div class="tool-waiting" aria-live="polite">
          <p>{t('shortage.result.waiting')}</p>
          <ul>
            {computed.problems.slice(0, 6).map((p) => (
              <li key={p.field + p.message}>{p.message}</li>
            ))}
          </ul>
          {computed.problems.length > 6 && (
            <p class="meta">{t('shortage.result.more', { n: computed.problems.length - 6 })}</p>
          )}
        </div>
      ) : (
        <>
          <p aria-live="polite" class="result-line">
            {computed.allocation.total.gap === 0
              ? t('shortage.result.enough', {
                  product: computed.allocation.product,
                  available: formatNumber(computed.allocation.available),
                })
              : t('shortage.result.line', {
                  product: computed.allocation.product,
                  available: formatNumber(computed.allocation.available),
                  refusers: formatNumber(computed.allocation.refuserFloor),
                  gap: formatNumber(computed.allocation.total.gap),
                })}
          </p>
          <div
            class="table-scroll"
            tabIndex={0}
            role="region"
            aria-label={t('shortage.table.caption', { product: computed.allocation.product })}
          >
            <table class="allocation-table">
              <caption>{t('shortage.table.caption', { product: computed.allocation.product })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('shortage.col.shop')}</th>
                  <th scope="col">{t('shortage.col.accepts')}</th>
                  <th scope="col">{computed.allocation.product}</th>
                  <th scope="col">{t('shortage.col.below')}</th>
                  <th scope="col">{t('shortage.col.gap')}</th>
                  {subs.map((s) => (
                    <th scope="col" key={s.id}>
                      {s.name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {computed.allocation.rows.map((r) => (
                  <tr key={r.index}>
                    <th scope="row">
                      {r.label}
                      <span class="meta"> {r.area}</span>
                    </th>
                    <td>{ACCEPTANCE_LABELS[r.accepts]}</td>
                    <td>{formatNumber(r.allocation)}</td>
                    <td>{formatNumber(r.belowFloor)}</td>
                    <td>{formatNumber(r.gap)}</td>
                    {subs.map((s) => (
                      <td key={s.id}>{formatNumber(r.substitutes[s.id] ?? 0)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
              <tfoot>
                {[...computed.allocation.byArea, computed.allocation.total].map((a) => (
                  <tr key={a.key}>
                    <th scope="row">{t('shortage.areaTotal', { area: a.label, n: a.households })}</th>
                    <td></td>
                    <td>{formatNumber(a.allocation)}</td>
                    <td>{formatNumber(a.belowFloor)}</td>
                    <td>{formatNumber(a.gap)}</td>
                    {subs.map((s) => (
                      <td key={s.id}>{formatNumber(a.substitutes[s.id] ?? 0)}</td>
                    ))}
                  </tr>
                ))}
              </tfoot>
            </table>
          </div>
          <h3>{t('shortage.assumptions')}</h3>
          <ul class="assumptions">
            {computed.allocation.assumptions.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
          <p class="meta">
            {t('shortage.method')} <a href={lessonHref}>{t('shortage.method.link')}</a>
          </p>
        </>
      )}
    </section>
  );
}
