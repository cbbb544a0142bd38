/**
 * The result view, which is also the printable coaching sheet: the finding, the three
 * factors, the skill-gap map with the quiz evidence beside each self-rating, the flags,
 * the plan, the history, and (in print only) room for the supervisor's notes. Each part
 * is its own component under result/.
 */
import type { ResultProps } from './result/props.ts';
import GapMap from './GapMap.tsx';
import CalibrationSection from './result/CalibrationSection.tsx';
import CoachingSheetHeader from './result/CoachingSheetHeader.tsx';
import CoachingSheetNotes from './result/CoachingSheetNotes.tsx';
import FactorSummary from './result/FactorSummary.tsx';
import HistorySection from './result/HistorySection.tsx';
import PlanSection from './result/PlanSection.tsx';
import SkillTable from './result/SkillTable.tsx';

export type { ResultProps } from './result/props.ts';

export default function AssessmentResult(props: ResultProps) {
  const { analysis, data, tr } = props;
  const range = data.instrument.range;
  return (
    <section class="assess-result" aria-labelledby="assess-result-title">
      <CoachingSheetHeader {...props} />
      <FactorSummary analysis={analysis} range={range} tr={tr} />
      <section aria-labelledby="assess-map-title" class="assess-map">
        <h3 id="assess-map-title">{tr('assess.map')}</h3>
        <GapMap
          map={analysis.map}
          calibrations={analysis.calibrations}
          notApplicable={new Set(analysis.notApplicable)}
          range={range}
          tr={tr}
        />
      </section>
      <CalibrationSection analysis={analysis} data={data} tr={tr} />
      <PlanSection analysis={analysis} data={data} tr={tr} />
      <SkillTable analysis={analysis} tr={tr} />
      <HistorySection analysis={analysis} data={data} tr={tr} />
      <CoachingSheetNotes tr={tr} />
    </section>
  );
}
