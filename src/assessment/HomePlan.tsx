/**
 * The home page's plan: the next lessons from the latest self-assessment, or an invitation
 * to take one. It reads the same analysis as the result page, so finishing a lesson or a
 * quiz changes it on the next visit.
 */
import { formatDate, translator } from '../i18n/format.ts';
import { useProgress } from '../progress/ui/use-progress.ts';
import { analyseProgress, type AssessmentData } from './analysis.ts';
import { estimateMinutes, FORM_HREF } from './forms.ts';
import { selectPlan } from './plan.ts';
import StudyPlan from './StudyPlan.tsx';
import { own } from '../progress/model/ids.ts';

interface Props {
  data: AssessmentData;
  strings: Record<string, string>;
}

/** How many lessons the home page suggests: enough for a week, few enough to start. */
export const HOME_PLAN_SIZE = 3;

export default function HomePlan({ data, strings }: Props) {
  const tr = translator(strings);
  const doc = useProgress();
  const analysis = doc ? analyseProgress(doc, data) : undefined;
  const total = data.instrument.items;
  const short = data.instrument.short;
  const countOf = (id: string | undefined, max: number) => {
    const draft = id ? own(doc?.drafts, id) : undefined;
    return draft ? Math.min(max, Object.keys(draft.answers).length) : 0;
  };
  const answered = countOf(data.instrument.id, total);
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
      {analysis ? (
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
