/**
 * The home page's plan: the next lessons from the latest self-assessment, or an invitation
 * to take one. It reads the same analysis as the result page, so finishing a lesson or a
 * quiz changes it on the next visit.
 */
import { formatDate, translator } from '../i18n/format.ts';
import { useProgress } from '../progress/use-progress.ts';
import { analyseProgress, type AssessmentData } from './analysis.ts';
import { selectPlan } from './plan.ts';
import StudyPlan from './StudyPlan.tsx';
import { own } from '../progress/ids.ts';

interface Props {
  data: AssessmentData;
  strings: Record<string, string>;
}

/** How many lessons the home page suggests: enough for a week, few enough to start. */
export const HOME_PLAN_SIZE = 3;
/** Rough seconds one statement takes to read and rate, for the time estimate in the invitation. */
const SECONDS_PER_ITEM = 8;

export default function HomePlan({ data, strings }: Props) {
  const tr = translator(strings);
  const doc = useProgress();
  const analysis = doc ? analyseProgress(doc, data) : undefined;
  const total = data.instrument.items;
  const draft = own(doc?.drafts, data.instrument.id);
  const answered = draft ? Math.min(total, Object.keys(draft.answers).length) : 0;
  const open = analysis
    ? selectPlan(
        analysis.plan.filter((p) => !p.done),
        HOME_PLAN_SIZE,
      )
    : [];
  const resume = answered > 0 && (
    <p>
      <a class="button secondary" href="/assessment/">
        {tr('plan.home.resume', { n: answered, total })}
      </a>
    </p>
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
          <p>{tr('plan.home.invite', { n: total, minutes: Math.ceil((total * SECONDS_PER_ITEM) / 60) })}</p>
          {resume || (
            <p>
              <a class="button" href="/assessment/">
                {tr('plan.home.take')}
              </a>
            </p>
          )}
        </>
      )}
    </section>
  );
}
