/** Change since the previous result, and every result of both forms by factor. */
import { formatDate } from '../../../i18n/dates.ts';
import type { Analysis, AssessmentData } from '../../model/analysis.ts';
import { formatDelta, formatLevel } from '../../model/format.ts';
import { formOf } from '../../model/forms.ts';
import { factorLevels } from '../../model/scoring.ts';
import type { Translate } from '../../model/text.ts';

interface Props {
  analysis: Analysis;
  data: AssessmentData;
  tr: Translate;
}

export default function HistorySection({ analysis, data, tr }: Props) {
  const { map, history, changes, previous } = analysis;
  return (
    <section aria-labelledby="assess-history-title" class="assess-history">
      <h3 id="assess-history-title">{tr('assess.history')}</h3>
      {previous && changes ? (
        <>
          <p>{tr('assess.history.since', { date: formatDate(previous.at) })}</p>
          <ul>
            {changes.map((c) => (
              <li key={c.factor.id}>
                {c.before === undefined || c.after === undefined || c.delta === undefined
                  ? `${c.factor.title}：—`
                  : tr('assess.history.row', {
                      factor: c.factor.title,
                      before: formatLevel(c.before),
                      after: formatLevel(c.after),
                      delta: formatDelta(c.delta),
                    })}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{tr('assess.history.first')}</p>
      )}
      {history.length > 1 && (
        <div class="table-scroll no-print">
          <table>
            <caption>{tr('assess.history.table')}</caption>
            <thead>
              <tr>
                <th scope="col">{tr('assess.history.date')}</th>
                {map.factors.map((f) => (
                  <th scope="col" key={f.factor.id}>
                    {f.factor.title}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {[...history].reverse().map((h) => (
                <HistoryRow
                  key={h.id}
                  at={`${formatDate(h.at)}${formOf(h.instrument, data.instrument.id) === 'short' ? tr('assess.history.short') : ''}`}
                  levels={h.levels}
                  data={data}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** One past result: the level of each factor, in the order 能力 · 心態 · 市場. */
function HistoryRow({ at, levels, data }: { at: string; levels: Record<string, number>; data: AssessmentData }) {
  return (
    <tr>
      <th scope="row">{at}</th>
      {factorLevels(levels, data.framework).map((f) => (
        <td key={f.factor.id}>{f.level === undefined ? '—' : formatLevel(f.level)}</td>
      ))}
    </tr>
  );
}
