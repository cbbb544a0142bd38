/** Every skill in one table (on screen only): level, target, gap, evidence and verdict. */
import type { Analysis } from '../../model/analysis.ts';
import { formatDelta, formatLevel } from '../../model/format.ts';
import type { Translate } from '../../model/text.ts';
import { EvidenceLine } from '../GapMap.tsx';

interface Props {
  analysis: Analysis;
  tr: Translate;
}

export default function SkillTable({ analysis, tr }: Props) {
  const { map, calibrations } = analysis;
  const notApplicable = new Set(analysis.notApplicable);
  return (
    <details class="assess-table assess-details no-print">
      <summary>{tr('assess.table')}</summary>
      <div class="table-scroll">
        <table>
          <caption class="visually-hidden">{tr('assess.table')}</caption>
          <thead>
            <tr>
              <th scope="col">{tr('assess.col.skill')}</th>
              <th scope="col">{tr('assess.col.factor')}</th>
              <th scope="col">{tr('assess.col.level')}</th>
              <th scope="col">{tr('assess.col.target')}</th>
              <th scope="col">{tr('assess.col.gap')}</th>
              <th scope="col">{tr('assess.col.evidence')}</th>
              <th scope="col">{tr('assess.col.flag')}</th>
            </tr>
          </thead>
          <tbody>
            {map.groups.flatMap((g) =>
              g.skills.map((s) => {
                const c = calibrations[s.skill.id];
                return (
                  <tr key={s.skill.id}>
                    <th scope="row">{s.skill.title}</th>
                    <td>{g.factor.factor.title}</td>
                    <td>
                      {s.level !== undefined
                        ? formatLevel(s.level)
                        : notApplicable.has(s.skill.id)
                          ? tr('assess.na')
                          : '—'}
                    </td>
                    <td>{s.skill.target}</td>
                    <td>{s.gap === undefined ? '—' : formatDelta(s.gap)}</td>
                    <td>
                      <EvidenceLine calibration={c} tr={tr} withFlag={false} />
                    </td>
                    <td>
                      {tr(
                        c?.verdict === 'unrated' && notApplicable.has(s.skill.id)
                          ? 'assess.verdict.na'
                          : `assess.verdict.${c?.verdict ?? 'none'}`,
                      )}
                    </td>
                  </tr>
                );
              }),
            )}
          </tbody>
        </table>
      </div>
    </details>
  );
}
