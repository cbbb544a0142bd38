/** The study plan of the result: the next lessons, and why skills answered 「不適用」 are left out. */
import type { Analysis, AssessmentData } from '../../model/analysis.ts';
import { PLAN_SIZE, selectPlan } from '../../model/plan.ts';
import type { Translate } from '../../model/text.ts';
import StudyPlan from '../StudyPlan.tsx';

interface Props {
  analysis: Analysis;
  data: AssessmentData;
  tr: Translate;
}

export default function PlanSection({ analysis, data, tr }: Props) {
  const { plan } = analysis;
  const notApplicable = new Set(analysis.notApplicable);
  const titleOf = (id: string) => data.framework.skills.find((s) => s.id === id)?.title ?? id;
  const shown = selectPlan(plan, PLAN_SIZE);
  const open = plan.filter((p) => !p.done).length;
  return (
    <section aria-labelledby="assess-plan-title" class="assess-plan">
      <h3 id="assess-plan-title">{tr('plan.title')}</h3>
      <p class="meta">{tr('plan.lead')}</p>
      {notApplicable.size > 0 && (
        <p class="assess-na-note">{tr('plan.na', { skills: [...notApplicable].map(titleOf).join('」「') })}</p>
      )}
      {plan.length === 0 ? (
        <p>{tr('plan.empty')}</p>
      ) : (
        <>
          {open === 0 && <p>{tr('plan.allDone')}</p>}
          <StudyPlan items={shown} tr={tr} />
        </>
      )}
    </section>
  );
}
