/**
 * The result view, which is also the printable coaching sheet: the finding, the three
 * factors, the skill-gap map with the quiz evidence beside each self-rating, the flags,
 * the plan, the history, and (in print only) room for the supervisor's notes.
 */
import type { Ref } from 'preact';
import { formatDate } from '../i18n/format.ts';
import { formatDelta, formatLevel, type Analysis, type AssessmentData } from './analysis.ts';
import { CALIBRATION_RULE, evidenceLessons, type Calibration } from './calibration.ts';
import FactorChart from './FactorChart.tsx';
import { formOf, type AlternateForm, type FormKind } from './forms.ts';
import GapMap, { EvidenceLine, gapText } from './GapMap.tsx';
import { factorLevels } from './scoring.ts';
import { selectPlan } from './plan.ts';
import StudyPlan from './StudyPlan.tsx';
import { describeFinding, type Translate } from './text.ts';
import { own } from '../progress/model/ids.ts';

interface Props {
  analysis: Analysis;
  data: AssessmentData;
  /** The form this page offers for a new round, and how many items it has. */
  form: FormKind;
  formItems: number;
  /** The page of the other form, if there is one. */
  alternate: AlternateForm | undefined;
  tr: Translate;
  headingRef: Ref<HTMLHeadingElement>;
  /** Answers of an unfinished new round, if the learner started one. */
  draftAnswered: number;
  onRetake: () => void;
}

/** How many plan lessons the result page lists. */
export const PLAN_SIZE = 6;

export default function AssessmentResult(props: Props) {
  const { analysis, data, form, formItems, alternate, tr, headingRef, draftAnswered, onRetake } = props;
  const { latest, map, calibrations, plan, history, changes, previous } = analysis;
  const notApplicable = new Set(analysis.notApplicable);
  const titleOf = (id: string) => data.framework.skills.find((s) => s.id === id)?.title ?? id;
  const skills = data.framework.skills;
  const flagged = skills
    .map((s) => ({ skill: s, c: own(calibrations, s.id) }))
    .filter((x): x is { skill: typeof x.skill; c: Calibration } => x.c?.verdict === 'over' || x.c?.verdict === 'under')
    .sort((a, b) => Math.abs(b.c.diff ?? 0) - Math.abs(a.c.diff ?? 0));
  const withEvidence = skills.filter((s) => {
    const v = own(calibrations, s.id)?.verdict;
    return v === 'over' || v === 'under' || v === 'agree';
  }).length;
  const missing = skills.filter((s) => {
    const v = own(calibrations, s.id)?.verdict;
    return v === 'none' || v === 'few' || v === undefined;
  });
  const shown = selectPlan(plan, PLAN_SIZE);
  const open = plan.filter((p) => !p.done).length;
  const range = data.instrument.range;
  const levelOf = (id: string) => own(latest.levels, id);

  return (
    <section class="assess-result" aria-labelledby="assess-result-title">
      <p class="assess-print-only assess-sheet-title">
        {tr('assess.sheet.title')} · {data.instrument.title}
      </p>
      <h2 id="assess-result-title" tabIndex={-1} ref={headingRef}>
        {tr('assess.result.title')}
      </h2>
      <p class="meta">
        {tr(analysis.latestForm === 'short' ? 'assess.result.date.short' : 'assess.result.date', {
          date: formatDate(latest.at),
          n: history.length,
        })}
      </p>
      <dl class="assess-print-only assess-sheet-fields">
        <div>
          <dt>{tr('assess.sheet.manager')}</dt>
          <dd />
        </div>
        <div>
          <dt>{tr('assess.sheet.coach')}</dt>
          <dd />
        </div>
        <div>
          <dt>{tr('assess.sheet.date')}</dt>
          <dd />
        </div>
      </dl>
      <p class="assess-actions no-print">
        <button type="button" class="button" onClick={() => window.print()}>
          {tr('assess.print')}
        </button>
        <button type="button" class="button secondary" onClick={onRetake}>
          {draftAnswered > 0
            ? tr('assess.resume', { n: draftAnswered, total: formItems })
            : tr(form === 'short' ? 'assess.retake.short' : 'assess.retake')}
        </button>
        {alternate && (
          <a class="button secondary" href={alternate.href}>
            {tr(alternate.kind === 'short' ? 'assess.short.link' : 'assess.full.link', {
              n: alternate.items,
              minutes: alternate.minutes,
            })}
          </a>
        )}
      </p>
      {analysis.latestForm === 'short' && <p class="callout note assess-short-note">{tr('assess.short.note')}</p>}

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
                        word: tr(
                          Math.round(change.delta * 10) === 0
                            ? 'assess.change.same'
                            : change.delta > 0
                              ? 'assess.change.up'
                              : 'assess.change.down',
                        ),
                      })}
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      </section>

      <section aria-labelledby="assess-map-title" class="assess-map">
        <h3 id="assess-map-title">{tr('assess.map')}</h3>
        <GapMap map={map} calibrations={calibrations} notApplicable={notApplicable} range={range} tr={tr} />
      </section>

      <section aria-labelledby="assess-calib-title" class="assess-calib">
        <h3 id="assess-calib-title">{tr('assess.calib')}</h3>
        <p class="meta">
          {tr('assess.calib.rule', {
            threshold: CALIBRATION_RULE.threshold,
            min: CALIBRATION_RULE.minQuestions,
          })}
        </p>
        <p>{tr('assess.calib.coverage', { n: withEvidence, total: skills.length })}</p>
        {flagged.length === 0 ? (
          <p>{tr(withEvidence === 0 ? 'assess.calib.empty' : 'assess.calib.none')}</p>
        ) : (
          <ul class="calib-list">
            {flagged.map(({ skill, c }) => (
              <li key={skill.id} class={c.verdict === 'over' ? 'calib-item calib-over' : 'calib-item calib-under'}>
                <strong>
                  {c.verdict === 'over' ? `▲ ${tr('assess.flag.over')}` : `▼ ${tr('assess.flag.under')}`}：「
                  {skill.title}」
                </strong>
                <br />
                {tr('assess.flag.detail', {
                  level: formatLevel(levelOf(skill.id) ?? 0),
                  self: c.selfPct ?? 0,
                  evidence: c.evidencePct ?? 0,
                  n: c.evidence?.questions ?? 0,
                  diff: Math.abs(c.diff ?? 0),
                })}
                {c.evidence?.confidence !== undefined &&
                  tr('assess.flag.confidence', { c: formatLevel(c.evidence.confidence) })}
              </li>
            ))}
          </ul>
        )}
        {missing.length > 0 && (
          <details class="calib-missing assess-details">
            <summary>{tr('assess.calib.missing', { n: missing.length })}</summary>
            <ul>
              {missing.map((s) => {
                const lessons = evidenceLessons(s.id, data.lessons, data.questionSkills).slice(0, 2);
                const c = own(calibrations, s.id);
                return (
                  <li key={s.id}>
                    「{s.title}」：
                    {c?.verdict === 'few' && c.evidence
                      ? tr('assess.calib.few', { n: c.evidence.questions, min: CALIBRATION_RULE.minQuestions })
                      : tr('assess.evidence.none')}
                    {lessons.length > 0 && (
                      <>
                        {tr('assess.calib.take')}
                        {lessons.map((l, i) => (
                          <span key={l.id}>
                            {i > 0 && '、'}
                            <a href={`${l.href}#quiz`}>{l.title}</a>
                          </span>
                        ))}
                      </>
                    )}
                  </li>
                );
              })}
            </ul>
          </details>
        )}
      </section>

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

      <section class="assess-print-only assess-notes" aria-labelledby="assess-notes-title">
        <h3 id="assess-notes-title">{tr('assess.sheet.notes')}</h3>
        <div class="assess-lines">
          <span />
          <span />
          <span />
          <span />
        </div>
        <h3>{tr('assess.sheet.actions')}</h3>
        <table class="assess-actions-table">
          <thead>
            <tr>
              <th scope="col">{tr('assess.sheet.action')}</th>
              <th scope="col">{tr('assess.sheet.owner')}</th>
              <th scope="col">{tr('assess.sheet.due')}</th>
            </tr>
          </thead>
          <tbody>
            {[1, 2, 3].map((n) => (
              <tr key={n}>
                <td>{n}.</td>
                <td />
                <td />
              </tr>
            ))}
          </tbody>
        </table>
        <p class="assess-sign">{tr('assess.sheet.sign')}</p>
      </section>
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
