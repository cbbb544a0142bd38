/** A small three-axis (radar) view of the factors: self-rating solid, target dashed, axes always 能力 · 心態 · 市場. */
import { formatLevel } from '../model/format.ts';
import type { ScaleRange } from '../model/model.ts';
import type { FactorLevel } from '../model/scoring.ts';
import type { Translate } from '../model/text.ts';

interface Props {
  factors: FactorLevel[];
  range: ScaleRange;
  tr: Translate;
}

const W = 320;
const H = 250;
const CX = W / 2;
const CY = 132;
const R = 88;
/** Top, lower right, lower left: the order of FACTOR_ORDER, clockwise from the top. */
const ANGLES = [-90, 30, 150].map((d) => (d * Math.PI) / 180);

const point = (axis: number, value: number, max: number) => {
  const a = ANGLES[axis] ?? 0;
  const r = (Math.max(0, value) / max) * R;
  return [CX + r * Math.cos(a), CY + r * Math.sin(a)] as const;
};
const polygon = (values: number[], max: number) =>
  values
    .map((v, i) =>
      point(i, v, max)
        .map((n) => n.toFixed(1))
        .join(','),
    )
    .join(' ');

export default function FactorChart({ factors, range, tr }: Props) {
  const max = range.max;
  const levels = factors.map((f) => f.level ?? 0);
  const targets = factors.map((f) => f.target ?? 0);
  const label = factors
    .map((f) =>
      f.level === undefined || f.target === undefined
        ? tr('assess.factor.unrated', { factor: f.factor.title })
        : tr('assess.factor.row', {
            factor: f.factor.title,
            level: formatLevel(f.level),
            target: formatLevel(f.target),
          }),
    )
    .join('；');
  const rings = Array.from({ length: max }, (_, i) => i + 1);
  return (
    <figure class="factor-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="factor-chart-title" width={W} height={H}>
        <title id="factor-chart-title">{`${tr('assess.chart.title')}：${label}`}</title>
        <g class="factor-grid">
          {rings.map((r) => (
            <polygon key={r} points={polygon([r, r, r], max)} />
          ))}
          {ANGLES.map((_, i) => {
            const [x, y] = point(i, max, max);
            return <line key={i} x1={CX} y1={CY} x2={x} y2={y} />;
          })}
        </g>
        <polygon class="factor-target" points={polygon(targets, max)} />
        <polygon class="factor-self" points={polygon(levels, max)} />
        {levels.map((v, i) => {
          const [x, y] = point(i, v, max);
          return <circle key={i} class="factor-dot" cx={x} cy={y} r={4} />;
        })}
        {factors.map((f, i) => {
          const [x, y] = point(i, max + 0.9, max);
          const top = i === 0;
          return (
            <text key={f.factor.id} x={x} y={top ? y - 14 : y + 4} text-anchor="middle" class="factor-label">
              <tspan x={x} font-weight="700">
                {f.factor.title}
              </tspan>
              <tspan x={x} dy="1.25em">
                {f.level === undefined || f.target === undefined
                  ? tr('assess.unrated.short')
                  : `${formatLevel(f.level)}／${formatLevel(f.target)}`}
              </tspan>
            </text>
          );
        })}
      </svg>
      <figcaption class="meta">{tr('assess.chart.legend')}</figcaption>
    </figure>
  );
}
