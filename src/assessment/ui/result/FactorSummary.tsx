/** The finding in one sentence and the three factors: chart, levels against targets, change since last time. */
import type { Analysis } from '../../model/analysis.ts';
import { changeWordKey, formatDelta, formatLevel, gapText } from '../../model/format.ts';
import type { ScaleRange } from '../../model/model.ts';
import { describeFinding, type Translate } from '../../model/text.ts';
import FactorChart from '../FactorChart.tsx';

interface Props {
  analysis: Analysis;
  range: ScaleRange;
  tr: Translate;
}

export default function FactorSummary({ analysis, range, tr }: Props) {
  const { map, changes, previous } = analysis;
  return (
    <>
      <p class="assess-finding">
        <strong>{describeFinding(map, tr)}</strong>
      </p>
      <p class="meta assess-honesty">{tr('assess.honesty')}</p>

      <section aria-labelledby="assess-factors-title" class="assess-factors">
        <h3 id="assess-factors-title">{tr('assess.factors')}</h3>
        <div class="assess-factors-body">
          <FactorChart factors={map.factors} range={range} tr={tr} />
          <ul class="assess-factor-list">
            {map.factors.map((f, i) => {
              const change = changes?.[i];
              return (
                <li key={f.factor.id}>
                  <strong>{f.factor.title}</strong>：
                  {f.level === undefined || f.target === undefined
                    ? tr('assess.unrated')
                    : `${tr('assess.factor.summary', { level: formatLevel(f.level), target: formatLevel(f.target) })}，${gapText(f, tr)}`}
                  {change?.delta !== undefined && previous && (
                    <span class="assess-change">
                      {' '}
                      {tr('assess.change', {
                        delta: formatDelta(change.delta),
                        word: tr(changeWordKey(change.delta)),
                      })}
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      </section>
    </>
  );
}
