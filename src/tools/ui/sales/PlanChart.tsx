/** Plan against actual per period: an SVG bar chart for the eye, and the same numbers as a table for everyone. */
import type { Translate } from '../../../i18n/format.ts';
import { chartBars } from '../../model/sales-form.ts';
import { formatNumber, formatPercent } from '../../model/result.ts';
import type { PeriodRow } from '../../model/sums.ts';

const W = 320;
const H = 150;

export function PlanChart({ rows, unit, tr }: { rows: PeriodRow[]; unit: string; tr: Translate }) {
  const { bars, max } = chartBars(rows, W, H);
  return (
    <figure class="tool-chart-figure">
      <figcaption>
        <strong>{tr('tools.sales.chart.title')}</strong>
      </figcaption>
      <div class="tool-legend" aria-hidden="true">
        <span class="plan">{tr('tools.sales.chart.plan')}</span>
        <span class="actual">{tr('tools.sales.chart.actual')}</span>
      </div>
      <svg
        class="tool-chart"
        viewBox={`0 0 ${W} ${H + 24}`}
        role="img"
        aria-label={tr('tools.sales.chart.alt', { max: formatNumber(max), unit })}
      >
        <line x1="0" y1={H} x2={W} y2={H} stroke="#4f5b66" />
        {bars.map((b) => (
          <g key={b.label}>
            <rect x={b.x} y={b.plan.y} width={b.width} height={b.plan.height} fill="#9fb8b0" />
            {b.actual && (
              <rect x={b.x + b.width} y={b.actual.y} width={b.width} height={b.actual.height} fill="#0b5d4b" />
            )}
            <text x={b.x + b.width} y={H + 16} font-size="11" text-anchor="middle" fill="#1d2329">
              {b.label.length > 6 ? `${b.label.slice(0, 6)}…` : b.label}
            </text>
          </g>
        ))}
      </svg>
      <div class="tool-scroll">
        <table class="tool-table">
          <caption class="meta">{tr('tools.sales.table.caption', { unit })}</caption>
          <thead>
            <tr>
              <th scope="col">{tr('tools.sales.table.period')}</th>
              <th scope="col">{tr('tools.sales.chart.plan')}</th>
              <th scope="col">{tr('tools.sales.chart.actual')}</th>
              <th scope="col">{tr('tools.sales.table.difference')}</th>
              <th scope="col">{tr('tools.sales.table.cumulative')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.label}>
                <th scope="row">{r.label}</th>
                <td>{formatNumber(r.plan)}</td>
                <td>{r.actual === null ? tr('tools.sales.table.none') : formatNumber(r.actual)}</td>
                <td>{r.difference === null ? '—' : `${r.difference > 0 ? '+' : ''}${formatNumber(r.difference)}`}</td>
                <td>{r.cumulativeCompletion === null ? '—' : formatPercent(r.cumulativeCompletion)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
