/**
 * The home page's plan: the next lessons from the latest self-assessment, or an invitation
 * to take one. It reads the same analysis as the result page, so finishing a lesson or a
 * quiz changes it on the next visit.
 */
import { useEffect, useState } from 'preact/hooks';
import { translator } from '../../i18n/format.ts';
import { formatDate } from '../../i18n/dates.ts';
import { useProgress } from '../../progress/ui/use-progress.ts';
import { fetchAnalysisData } from '../browser/files.ts';
import { analyseProgress, type AssessmentData } from '../model/analysis.ts';
import { estimateMinutes, FORM_HREF } from '../model/forms.ts';
import { HOME_PLAN_SIZE, selectPlan } from '../model/plan.ts';
import StudyPlan from './StudyPlan.tsx';
import { own } from '../../progress/model/ids.ts';

interface Props {
  /** The forms' ids and sizes, for the invitation and the resume buttons; the rest is fetched. */
  forms: Pick<AssessmentData['instrument'], 'id' | 'items' | 'short'>;
  strings: Record<string, string>;
}

export default function HomePlan({ forms, strings }: Props) {
  const tr = translator(strings);
  const doc = useProgress();
  const [data, setData] = useState<AssessmentData | undefined>();
  const [failed, setFailed] = useState(false);
  const load = () => {
    setFailed(false);
    fetchAnalysisData().then(setData, () => setFailed(true));
  };
  // Only a learner with a result needs the analysis data.
  const hasResult = doc !== undefined && Object.keys(doc.assessments).length > 0;
  useEffect(() => {
    if (hasResult && !data) load();
  }, [hasResult]);
  const analysis = doc && data ? analyseProgress(doc, data) : undefined;
  const total = forms.items;
  const short = forms.short;
  const countOf = (id: string | undefined, max: number) => {
    const draft = id ? own(doc?.drafts, id) : undefined;
    return draft ? Math.min(max, Object.keys(draft.answers).length) : 0;
  };
  const answered = countOf(forms.id, total);
  const shortAnswered = short ? countOf(short.id, short.items) : 0;
  const open = analysis
    ? selectPlan(
        analysis.plan.filter((p) => !p.done),
        HOME_PLAN_SIZE,
      )
    : [];
  const resume = (answered > 0 || shortAnswered > 0) && (
    <>
      {answered > 0 && (
        <p>
          <a class="button secondary" href={FORM_HREF.full}>
            {tr('plan.home.resume', { n: answered, total })}
          </a>
        </p>
      )}
      {short && shortAnswered > 0 && (
        <p>
          <a class="button secondary" href={FORM_HREF.short}>
            {tr('plan.home.resume.short', { n: shortAnswered, total: short.items })}
          </a>
        </p>
      )}
    </>
  );

  return (
    <section class="card plan-home" aria-labelledby="plan-home-title" data-ready={doc ? 'true' : undefined}>
      <h2 id="plan-home-title">{tr('plan.home.title')}</h2>
      {hasResult && !analysis ? (
        failed ? (
          <div role="alert">
            <p>{tr('plan.home.error')}</p>
            <p>
              <button type="button" class="button secondary" onClick={load}>
                {tr('plan.home.retry')}
              </button>
            </p>
          </div>
        ) : (
          <p class="meta">{tr('plan.home.loading')}</p>
        )
      ) : analysis ? (
        <>
          <p class="meta">{tr('plan.home.from', { date: formatDate(analysis.latest.at) })}</p>
          {analysis.plan.length === 0 ? (
            <p>{tr('plan.empty')}</p>
          ) : open.length === 0 ? (
            <p>{tr('plan.allDone')}</p>
          ) : (
            <StudyPlan items={open} tr={tr} />
          )}
          {resume}
          <p>
            <a href="/assessment/">{tr('plan.home.result')}</a>
          </p>
        </>
      ) : (
        <>
          <p>{tr('plan.home.invite', { n: total, minutes: estimateMinutes(total) })}</p>
          {resume || (
            <>
              <p>
                <a class="button" href={FORM_HREF.full}>
                  {tr('plan.home.take')}
                </a>
              </p>
              {short && (
                <p>
                  <a href={FORM_HREF.short}>
                    {tr('plan.home.short', { n: short.items, minutes: estimateMinutes(short.items) })}
                  </a>
                </p>
              )}
            </>
          )}
        </>
      )}
    </section>
  );
}
