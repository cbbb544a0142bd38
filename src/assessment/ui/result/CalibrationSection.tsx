/** Self-rating against quiz evidence: the rule, the coverage, the flags and the skills still without evidence. */
import type { Analysis, AssessmentData } from '../../model/analysis.ts';
import { CALIBRATION_RULE, evidenceLessons, summariseCalibrations } from '../../model/calibration.ts';
import { formatLevel } from '../../model/format.ts';
import type { Translate } from '../../model/text.ts';
import { own } from '../../../progress/model/ids.ts';

interface Props {
  analysis: Analysis;
  data: AssessmentData;
  tr: Translate;
}

export default function CalibrationSection({ analysis, data, tr }: Props) {
  const { latest, calibrations } = analysis;
  const skills = data.framework.skills;
  const { flagged, withEvidence, missing } = summariseCalibrations(skills, calibrations);
  const levelOf = (id: string) => own(latest.levels, id);
  return (
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
          {flagged.map(({ skill, calibration: c }) => (
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
  );
}
