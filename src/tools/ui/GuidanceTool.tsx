/** 零售戶輔導單: swaps, hot items, stock check, capital across tiers, display checklist; a printable sheet and a monthly view. */
import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { translator, type Translate } from '../../i18n/format.ts';
import { printPage } from '../browser/files.ts';
import { hasText } from '../model/form-input.ts';
import {
  capitalCheck,
  checkGuidance,
  DISPLAY_CHECKS,
  displayCheck,
  guidanceSummary,
  monthLabel,
  monthlyView,
  stockCheck,
  swapCheck,
  type GuidanceFields,
} from '../model/guidance.ts';
import { formatNumber, formatPercent } from '../model/result.ts';
import { NumberBox, SaveBar, Section, TextBox } from './fields.tsx';
import { EditorForm, EditorRecords } from './SavedList.tsx';
import { newRecordId, useEditor, useRecordAccess } from './use-editor.ts';

type ListKey = 'swaps' | 'hotItems' | 'stock' | 'capital';

/** This month as YYYY-MM in the learner's time zone. */
const thisMonth = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
};
// The month is filled in after hydration (the page is built on another day than it is used).
const blank = (): GuidanceFields => ({
  retailer: '',
  month: '',
  swaps: [],
  hotItems: [],
  stock: [],
  capital: [],
  display: {},
});
const NEW_ROW: Record<ListKey, () => GuidanceFields[ListKey][number]> = {
  swaps: () => ({ id: newRecordId('swap'), product: '' }),
  hotItems: () => ({ id: newRecordId('hot'), product: '', info: '' }),
  stock: () => ({ id: newRecordId('stock'), product: '' }),
  capital: () => ({ id: newRecordId('cap'), name: '', tier: '' }),
};

interface Props {
  strings: Record<string, string>;
  lessons: { stock: string; capital: string; swap: string };
}

/** The island of /tools/guidance/. */
export default function GuidanceTool({ strings, lessons }: Props) {
  const t = translator(strings);
  const access = useRecordAccess('guidance');
  const editor = useEditor('guidance', access, blank, checkGuidance);
  const f = editor.fields;
  useEffect(() => {
    if (f.month === '') editor.prefill((old) => ({ ...old, month: thisMonth() }));
  });
  const set = <K extends keyof GuidanceFields>(key: K, value: GuidanceFields[K]) =>
    editor.change((old) => ({ ...old, [key]: value }));
  const setRow = (key: ListKey, i: number, patch: object) =>
    editor.change((old) => ({
      ...old,
      [key]: (old[key] as object[]).map((r, k) => (k === i ? { ...r, ...patch } : r)),
    }));
  const addRow = (key: ListKey) =>
    editor.change((old) => ({ ...old, [key]: [...(old[key] as object[]), NEW_ROW[key]()] }));
  const removeRow = (key: ListKey, i: number) =>
    editor.change((old) => ({ ...old, [key]: (old[key] as object[]).filter((_, k) => k !== i) }));
  const num = (
    label: string,
    value: number | undefined,
    onChange: (v: number | undefined) => void,
    unit?: string,
    context?: string,
  ) => (
    <NumberBox
      label={label}
      context={context}
      value={value}
      onChange={onChange}
      invalid={t('toolForm.notNumber')}
      {...(unit ? { unit } : {})}
    />
  );
  /** Which row a box is in, said before its label by a screen reader (labels repeat from row to row). */
  const ctx = (key: ListKey, i: number) => t(`guidance.ctx.${key}`, { n: i + 1 });
  const carton = t('toolForm.unit.carton');
  const yuan = t('toolForm.unit.yuan');

  const swaps = swapCheck(f);
  const stock = stockCheck(f);
  const capital = capitalCheck(f);
  const display = displayCheck(f);
  const problemsOf = editor.outcome?.kind === 'invalid' ? editor.outcome.problems : [];
  const problem = (field: string) => problemsOf.find((p) => p.field === field)?.message;

  const records = access.records;
  const months = records ? monthlyView(records.map((r) => ({ id: r.id, fields: r }))) : [];

  return (
    <div class="record-tool guidance-tool">
      <div class="tool-screen">
        <EditorRecords
          editor={editor}
          records={records}
          summary={guidanceSummary}
          heading={t('guidance.saved')}
          newLabel={t('guidance.new')}
          t={t}
        />

        <EditorForm
          editor={editor}
          headingId="guidance-form-heading"
          heading={editor.saved ? t('guidance.form.edit') : t('guidance.form.new')}
        >
          <Section legend={t('guidance.who')}>
            <TextBox
              label={t('guidance.retailer')}
              value={f.retailer}
              onChange={(v) => set('retailer', v)}
              problem={problem('retailer')}
              maxLength={80}
            />
            <div class="pair">
              <TextBox
                label={t('guidance.grade')}
                value={f.grade}
                onChange={(v) => set('grade', v || undefined)}
                maxLength={20}
              />
              <TextBox
                label={t('guidance.month')}
                type="month"
                value={f.month}
                onChange={(v) => set('month', v)}
                problem={problem('month')}
              />
            </div>
            <TextBox
              label={t('guidance.date')}
              type="date"
              value={f.date}
              onChange={(v) => set('date', v || undefined)}
            />
          </Section>

          <Section legend={t('guidance.swaps')}>
            <p class="field-hint">
              {t('guidance.swaps.hint')} <a href={lessons.swap}>{t('guidance.lesson.swap')}</a>
            </p>
            {f.swaps.map((row, i) => {
              const level = swaps[i]?.level;
              return (
                <Row
                  key={row.id}
                  onRemove={() => removeRow('swaps', i)}
                  removeLabel={t('guidance.row.remove', { name: row.product || String(i + 1) })}
                >
                  <TextBox
                    label={t('guidance.swap.product', { n: i + 1 })}
                    value={row.product}
                    onChange={(v) => setRow('swaps', i, { product: v })}
                    maxLength={80}
                  />
                  <div class="pair">
                    {num(
                      t('guidance.swap.stock'),
                      row.stock,
                      (v) => setRow('swaps', i, { stock: v }),
                      carton,
                      ctx('swaps', i),
                    )}
                    {num(
                      t('guidance.swap.weekly'),
                      row.weeklySales,
                      (v) => setRow('swaps', i, { weeklySales: v }),
                      carton,
                      ctx('swaps', i),
                    )}
                  </div>
                  <TextBox
                    label={t('guidance.swap.receiver')}
                    value={row.receiver}
                    onChange={(v) => setRow('swaps', i, { receiver: v })}
                    context={ctx('swaps', i)}
                    hint={t('guidance.swap.receiver.hint')}
                    maxLength={200}
                  />
                  <Outcome
                    level={level}
                    t={t}
                    render={(l) => t('guidance.swap.result', { limit: l.upperLimit, surplus: l.surplus })}
                  />
                </Row>
              );
            })}
            <button type="button" class="button secondary" onClick={() => addRow('swaps')}>
              {t('guidance.swap.add')}
            </button>
          </Section>

          <Section legend={t('guidance.hot')}>
            <p class="field-hint">{t('guidance.hot.hint')}</p>
            {f.hotItems.map((row, i) => (
              <Row
                key={row.id}
                onRemove={() => removeRow('hotItems', i)}
                removeLabel={t('guidance.row.remove', { name: row.product || String(i + 1) })}
              >
                <TextBox
                  label={t('guidance.hot.product', { n: i + 1 })}
                  value={row.product}
                  onChange={(v) => setRow('hotItems', i, { product: v })}
                  maxLength={80}
                />
                <TextBox
                  label={t('guidance.hot.info')}
                  value={row.info}
                  onChange={(v) => setRow('hotItems', i, { info: v })}
                  context={ctx('hotItems', i)}
                  hint={t('guidance.hot.info.hint')}
                  multiline
                  rows={2}
                />
              </Row>
            ))}
            <button type="button" class="button secondary" onClick={() => addRow('hotItems')}>
              {t('guidance.hot.add')}
            </button>
          </Section>

          <Section legend={t('guidance.stock')}>
            <p class="field-hint">
              {t('guidance.stock.hint')} <a href={lessons.stock}>{t('guidance.lesson.stock')}</a>
            </p>
            <div class="pair">
              {num(t('guidance.cycle'), f.cycleWeeks, (v) => set('cycleWeeks', v), t('guidance.unit.week'))}
              {num(t('guidance.safety'), f.safetyDays, (v) => set('safetyDays', v), t('guidance.unit.day'))}
            </div>
            {f.stock.map((row, i) => (
              <Row
                key={row.id}
                onRemove={() => removeRow('stock', i)}
                removeLabel={t('guidance.row.remove', { name: row.product || String(i + 1) })}
              >
                <TextBox
                  label={t('guidance.stock.product', { n: i + 1 })}
                  value={row.product}
                  onChange={(v) => setRow('stock', i, { product: v })}
                  maxLength={80}
                />
                <div class="pair">
                  {num(
                    t('guidance.stock.weekly'),
                    row.weeklySales,
                    (v) => setRow('stock', i, { weeklySales: v }),
                    carton,
                    ctx('stock', i),
                  )}
                  {num(
                    t('guidance.stock.days'),
                    row.daysInStock,
                    (v) => setRow('stock', i, { daysInStock: v }),
                    t('guidance.unit.day'),
                    ctx('stock', i),
                  )}
                </div>
                {num(
                  t('guidance.stock.current'),
                  row.currentStock,
                  (v) => setRow('stock', i, { currentStock: v }),
                  carton,
                  ctx('stock', i),
                )}
                <Outcome
                  level={stock[i]?.level}
                  t={t}
                  render={(l) =>
                    t(
                      l.suggestedOrder > 0
                        ? 'guidance.stock.order'
                        : l.surplus > 0
                          ? 'guidance.stock.surplus'
                          : 'guidance.stock.even',
                      {
                        demand: l.weeklyDemand,
                        safety: l.safetyStock,
                        limit: l.upperLimit,
                        order: l.suggestedOrder,
                        surplus: l.surplus,
                      },
                    )
                  }
                  details
                />
              </Row>
            ))}
            <button type="button" class="button secondary" onClick={() => addRow('stock')}>
              {t('guidance.stock.add')}
            </button>
          </Section>

          <Section legend={t('guidance.capital')}>
            <p class="field-hint">
              {t('guidance.capital.hint')} <a href={lessons.capital}>{t('guidance.lesson.capital')}</a>
            </p>
            {num(t('guidance.budget'), f.budget, (v) => set('budget', v), yuan)}
            {f.capital.map((row, i) => (
              <Row
                key={row.id}
                onRemove={() => removeRow('capital', i)}
                removeLabel={t('guidance.row.remove', { name: row.name || String(i + 1) })}
              >
                <div class="pair">
                  <TextBox
                    label={t('guidance.cap.name', { n: i + 1 })}
                    value={row.name}
                    onChange={(v) => setRow('capital', i, { name: v })}
                    maxLength={80}
                  />
                  <TextBox
                    label={t('guidance.cap.tier')}
                    value={row.tier}
                    onChange={(v) => setRow('capital', i, { tier: v })}
                    context={ctx('capital', i)}
                    hint={t('guidance.cap.tier.hint')}
                    maxLength={40}
                  />
                </div>
                <div class="pair">
                  {num(
                    t('guidance.cap.cost'),
                    row.unitCost,
                    (v) => setRow('capital', i, { unitCost: v }),
                    yuan,
                    ctx('capital', i),
                  )}
                  {num(
                    t('guidance.cap.margin'),
                    row.unitMargin,
                    (v) => setRow('capital', i, { unitMargin: v }),
                    yuan,
                    ctx('capital', i),
                  )}
                </div>
                <div class="pair">
                  {num(
                    t('guidance.cap.weekly'),
                    row.weeklyDemand,
                    (v) => setRow('capital', i, { weeklyDemand: v }),
                    carton,
                    ctx('capital', i),
                  )}
                  {num(
                    t('guidance.cap.stock'),
                    row.stock,
                    (v) => setRow('capital', i, { stock: v }),
                    carton,
                    ctx('capital', i),
                  )}
                </div>
              </Row>
            ))}
            <button type="button" class="button secondary" onClick={() => addRow('capital')}>
              {t('guidance.cap.add')}
            </button>
            <CapitalResult capital={capital} t={t} />
          </Section>

          <Section legend={t('guidance.display', { done: display.done, total: display.total })}>
            <ul class="check-list">
              {DISPLAY_CHECKS.map((c) => (
                <li key={c.id}>
                  <label>
                    <input
                      type="checkbox"
                      checked={Boolean(f.display[c.id])}
                      onChange={(e) =>
                        editor.change((old) => ({
                          ...old,
                          display: { ...old.display, [c.id]: (e.currentTarget as HTMLInputElement).checked },
                        }))
                      }
                    />
                    <span>{c.text}</span>
                  </label>
                </li>
              ))}
            </ul>
            <TextBox
              label={t('guidance.display.note')}
              value={f.displayNote}
              onChange={(v) => set('displayNote', v)}
              multiline
              rows={2}
            />
          </Section>

          <Section legend={t('guidance.month.section')}>
            <TextBox
              label={t('guidance.evaluation')}
              value={f.evaluation}
              onChange={(v) => set('evaluation', v)}
              hint={t('guidance.evaluation.hint')}
              multiline
            />
            <TextBox
              label={t('guidance.direction')}
              value={f.direction}
              onChange={(v) => set('direction', v)}
              hint={t('guidance.direction.hint')}
              multiline
            />
          </Section>
          <SaveBar editor={editor} t={t} />
        </EditorForm>
        <div class="tool-actions">
          <button type="button" class="button" onClick={printPage}>
            {t('guidance.print')}
          </button>
        </div>

        <section class="monthly-view" aria-labelledby="monthly-heading">
          <h2 id="monthly-heading">{t('guidance.monthly')}</h2>
          {months.length === 0 ? (
            <p class="meta">{t('guidance.monthly.empty')}</p>
          ) : (
            months.map((g) => (
              <section key={g.retailer} class="monthly-shop" aria-label={g.retailer}>
                <h3>
                  {g.retailer}
                  {g.grade && <span class="meta"> · {g.grade}</span>}
                </h3>
                <ol class="month-list">
                  {g.months.map((m) => (
                    <li key={m.id}>
                      <p>
                        <strong>{monthLabel(m.month)}</strong>
                        <span class="meta">
                          {' '}
                          {t('guidance.monthly.counts', {
                            done: m.display.done,
                            total: m.display.total,
                            swaps: m.swaps,
                            order: m.toOrder,
                          })}
                        </span>
                      </p>
                      <dl>
                        <dt>{t('guidance.evaluation')}</dt>
                        <dd class="pre">{m.evaluation || t('guidance.monthly.none')}</dd>
                        <dt>{t('guidance.direction')}</dt>
                        <dd class="pre">{m.direction || t('guidance.monthly.none')}</dd>
                      </dl>
                    </li>
                  ))}
                </ol>
              </section>
            ))
          )}
        </section>
      </div>
      <GuidanceSheet fields={f} t={t} />
    </div>
  );
}

function Row({
  children,
  onRemove,
  removeLabel,
}: {
  children: ComponentChildren;
  onRemove: () => void;
  removeLabel: string;
}) {
  return (
    <div class="row-card">
      {children}
      <button type="button" class="link-button" onClick={onRemove}>
        {removeLabel}
      </button>
    </div>
  );
}

type Level = ReturnType<typeof stockCheck>[number]['level'];
type OkLevel = Extract<NonNullable<Level>, { ok: true }>;

/** What one stock or swap row works out to, or what stops it. */
function Outcome({
  level,
  t,
  render,
  details,
}: {
  level: Level | undefined;
  t: Translate;
  render: (l: OkLevel) => string;
  details?: boolean;
}) {
  if (!level) return <p class="field-hint">{t('guidance.row.waiting')}</p>;
  if (!level.ok) {
    return (
      <ul class="field-error-list">
        {level.problems.map((p) => (
          <li key={p.field} class="field-error">
            {p.message}
          </li>
        ))}
      </ul>
    );
  }
  return (
    <div class="row-result">
      <p class="result-line">{render(level)}</p>
      {details && (
        <details>
          <summary>{t('guidance.how')}</summary>
          <ul>
            {level.explanation.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

function CapitalResult({ capital, t }: { capital: ReturnType<typeof capitalCheck>; t: Translate }) {
  if (!capital) return null;
  if (!capital.ok) {
    return (
      <ul class="field-error-list">
        {capital.problems.map((p) => (
          <li key={p.field} class="field-error">
            {p.message}
          </li>
        ))}
      </ul>
    );
  }
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-label={t('guidance.cap.caption')}>
      <table>
        <caption>{t('guidance.cap.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('guidance.cap.tier')}</th>
            <th scope="col">{t('guidance.cap.value')}</th>
            <th scope="col">{t('guidance.cap.share')}</th>
            <th scope="col">{t('guidance.cap.sales')}</th>
            <th scope="col">{t('guidance.cap.profit')}</th>
          </tr>
        </thead>
        <tbody>
          {capital.tiers.map((tier) => (
            <tr key={tier.tier}>
              <th scope="row">
                {tier.tier}
                {tier.overweight && <span class="flag"> {t('guidance.cap.overweight')}</span>}
              </th>
              <td>{formatNumber(tier.stockValue)}</td>
              <td>{formatPercent(tier.capitalShare)}</td>
              <td>{formatPercent(tier.salesShare)}</td>
              <td>{formatNumber(Math.round(tier.weeklyProfit))}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul class="assumptions">
        {capital.explanation.map((e) => (
          <li key={e}>{e}</li>
        ))}
      </ul>
    </div>
  );
}

/** The one-page A4 sheet left with the retailer (print only). */
function GuidanceSheet({ fields: f, t }: { fields: GuidanceFields; t: Translate }) {
  const swaps = swapCheck(f).filter((r) => hasText(r.item.product));
  const stock = stockCheck(f).filter((r) => hasText(r.item.product));
  const capital = capitalCheck(f);
  const display = displayCheck(f);
  const hot = f.hotItems.filter((h) => hasText(h.product) || hasText(h.info));
  return (
    <article class="print-only print-sheet guidance-sheet" aria-hidden="true">
      <h1>{t('guidance.sheet.title', { retailer: f.retailer || '—', month: monthLabel(f.month) })}</h1>
      <p>{[f.grade, f.date].filter(hasText).join(' · ')}</p>
      {stock.length > 0 && (
        <section>
          <h2>{t('guidance.stock')}</h2>
          <table>
            <thead>
              <tr>
                <th>{t('guidance.sheet.product')}</th>
                <th>{t('guidance.sheet.demand')}</th>
                <th>{t('guidance.sheet.safety')}</th>
                <th>{t('guidance.sheet.limit')}</th>
                <th>{t('guidance.sheet.current')}</th>
                <th>{t('guidance.sheet.order')}</th>
              </tr>
            </thead>
            <tbody>
              {stock.map((r) => (
                <tr key={r.item.id}>
                  <td>{r.item.product}</td>
                  {r.level?.ok ? (
                    <>
                      <td>{r.level.weeklyDemand}</td>
                      <td>{r.level.safetyStock}</td>
                      <td>{r.level.upperLimit}</td>
                      <td>{r.item.currentStock}</td>
                      <td>
                        {r.level.suggestedOrder > 0
                          ? r.level.suggestedOrder
                          : r.level.surplus > 0
                            ? t('guidance.sheet.stop', { n: r.level.surplus })
                            : 0}
                      </td>
                    </>
                  ) : (
                    <td colSpan={5}>{t('guidance.sheet.incomplete')}</td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {swaps.length > 0 && (
        <section>
          <h2>{t('guidance.swaps')}</h2>
          <ul>
            {swaps.map((r) => (
              <li key={r.item.id}>
                {r.item.product}：
                {r.level?.ok
                  ? t('guidance.swap.result', { limit: r.level.upperLimit, surplus: r.level.surplus })
                  : t('guidance.sheet.incomplete')}
                {hasText(r.item.receiver) && ` ${t('guidance.sheet.receiver', { name: r.item.receiver })}`}
              </li>
            ))}
          </ul>
        </section>
      )}
      {hot.length > 0 && (
        <section>
          <h2>{t('guidance.hot')}</h2>
          <ul>
            {hot.map((h) => (
              <li key={h.id}>
                {h.product}：{h.info}
              </li>
            ))}
          </ul>
        </section>
      )}
      {capital?.ok && (
        <section>
          <h2>{t('guidance.capital')}</h2>
          <ul>
            {capital.explanation.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </section>
      )}
      <section>
        <h2>{t('guidance.display', { done: display.done, total: display.total })}</h2>
        <ul class="sheet-checks">
          {DISPLAY_CHECKS.map((c) => (
            <li key={c.id}>
              {f.display[c.id] ? '☑' : '☐'} {c.text}
              {!f.display[c.id] && <strong> {t('guidance.sheet.todo')}</strong>}
            </li>
          ))}
        </ul>
        {hasText(f.displayNote) && <p class="pre">{f.displayNote}</p>}
      </section>
      <section>
        <h2>{t('guidance.evaluation')}</h2>
        <p class="pre">{f.evaluation || '—'}</p>
        <h2>{t('guidance.direction')}</h2>
        <p class="pre">{f.direction || '—'}</p>
      </section>
      <p class="sheet-foot">{t('guidance.sheet.foot')}</p>
    </article>
  );
}
