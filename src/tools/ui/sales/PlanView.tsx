/** One sales plan as read and printed: the split into 分目標 with 措施 · 難點 · 對策, the periods, and plan against actual. */
import type { Translate } from '../../../i18n/format.ts';
import type { SalesPlanRecord } from '../../model/records.ts';
import { formatNumber } from '../../model/result.ts';
import { partsSplit, periodRows, periodsSplit, salesDraftOf } from '../../model/sales-form.ts';
import { PlanChart } from './PlanChart.tsx';

export function PlanView({ plan, tr }: { plan: SalesPlanRecord; tr: Translate }) {
  const draft = salesDraftOf(plan);
  const parts = partsSplit(draft);
  const periods = periodsSplit(draft);
  const rows = periodRows(draft);
  return (
    <section class="card tool-plan" aria-labelledby="sales-view-heading">
      <h2 id="sales-view-heading" tabIndex={-1}>
        {plan.title}
      </h2>
      <p>
        {tr('tools.sales.view.total', { total: formatNumber(plan.total), unit: plan.unit })}
        {plan.start && plan.end ? ` · ${plan.start} – ${plan.end}` : ''}
      </p>
      {parts.ok && (
        <p class={`tool-balance ${parts.balanced ? 'ok' : 'off'}`}>
          {tr('tools.sales.balance.parts')}
          {parts.message}
        </p>
      )}
      <div class="tool-scroll">
        <table class="tool-table tool-parts-table">
          <caption class="meta">{tr('tools.sales.view.parts')}</caption>
          <thead>
            <tr>
              <th scope="col">{tr(`tools.sales.split.${plan.splitBy}`)}</th>
              <th scope="col">{tr('tools.sales.view.target', { unit: plan.unit })}</th>
              <th scope="col">{tr('tools.sales.field.parts.measures')}</th>
              <th scope="col">{tr('tools.sales.field.parts.obstacles')}</th>
              <th scope="col">{tr('tools.sales.field.parts.preparation')}</th>
            </tr>
          </thead>
          <tbody>
            {plan.parts.map((p) => (
              <tr key={p.id}>
                <th scope="row">{p.label}</th>
                <td>{formatNumber(p.target)}</td>
                <td>{p.measures || '—'}</td>
                <td>{p.obstacles || '—'}</td>
                <td>{p.preparation || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {periods.ok && (
        <p class={`tool-balance ${periods.balanced ? 'ok' : 'off'}`}>
          {tr('tools.sales.balance.periods')}
          {periods.message}
        </p>
      )}
      {rows.ok && (
        <>
          <p>
            {rows.reported === 0
              ? tr('tools.sales.view.noActual')
              : tr('tools.sales.view.toDate', {
                  actual: formatNumber(rows.actualToDate),
                  plan: formatNumber(rows.planToDate),
                  diff: `${rows.differenceToDate > 0 ? '+' : ''}${formatNumber(rows.differenceToDate)}`,
                  unit: plan.unit,
                })}
          </p>
          <PlanChart rows={rows.rows} unit={plan.unit} tr={tr} />
        </>
      )}
      {plan.note && (
        <p>
          {tr('tools.sales.field.note')}：{plan.note}
        </p>
      )}
    </section>
  );
}
