/**
 * The skill-gap map: per skill a bar of the self-rating with the target marked and the
 * shortfall hatched, grouped by factor and sorted by gap. Every number is also written
 * out, so the bars (hidden from screen readers) are never the only way to read it.
 */
import { formatLevel, gapText } from '../model/format.ts';
import type { Calibration } from '../model/calibration.ts';
import type { ScaleRange } from '../model/model.ts';
import type { GapMap as GapMapData } from '../model/scoring.ts';
import type { Translate } from '../model/text.ts';

interface Props {
  map: GapMapData;
  calibrations: Record<string, Calibration>;
  /** Skills without a level because their items were answered 「不適用」. */
  notApplicable: ReadonlySet<string>;
  range: ScaleRange;
  tr: Translate;
}

/** What the quizzes say about a skill, with the flag when they disagree with the self-rating. */
export function EvidenceLine({
  calibration,
  tr,
  withFlag = true,
}: {
  calibration: Calibration | undefined;
  tr: Translate;
  withFlag?: boolean;
}) {
  const e = calibration?.evidence;
  if (!calibration || !e) return <span class="gap-evidence meta">{tr('assess.evidence.none')}</span>;
  const flag = !withFlag ? null : calibration.verdict === 'over' ? (
    <strong class="calib-flag calib-over">▲ {tr('assess.flag.over')}</strong>
  ) : calibration.verdict === 'under' ? (
    <strong class="calib-flag calib-under">▼ {tr('assess.flag.under')}</strong>
  ) : calibration.verdict === 'few' ? (
    <span class="meta">（{tr('assess.flag.few')}）</span>
  ) : null;
  return (
    <span class="gap-evidence">
      {tr('assess.evidence', { pct: calibration.evidencePct ?? 0, n: e.questions })}
      {e.confidence !== undefined && <> · {tr('assess.evidence.confidence', { c: formatLevel(e.confidence) })}</>}{' '}
      {flag}
    </span>
  );
}

export default function GapMap({ map, calibrations, notApplicable, range, tr }: Props) {
  const pct = (x: number) => `${Math.max(0, Math.min(100, (x / range.max) * 100)).toFixed(1)}%`;
  return (
    <div class="gap-map">
      <p class="gap-legend meta">
        <span class="gap-key gap-key-level" aria-hidden="true" /> {tr('assess.legend.level')}
        <span class="gap-key gap-key-target" aria-hidden="true" /> {tr('assess.legend.target')}
        <span class="gap-key gap-key-gap" aria-hidden="true" /> {tr('assess.legend.gap')}
      </p>
      {map.groups.map((group) => {
        const f = group.factor;
        const headingId = `gap-${f.factor.id}`;
        return (
          <section class="gap-group" aria-labelledby={headingId} key={f.factor.id}>
            <h4 id={headingId}>
              {f.factor.title}
              <span class="meta">
                {f.level === undefined || f.target === undefined
                  ? `（${tr('assess.unrated.short')}）`
                  : `（${tr('assess.factor.summary', { level: formatLevel(f.level), target: formatLevel(f.target) })}，${gapText(f, tr)}）`}
              </span>
            </h4>
            <ul class="gap-list">
              {group.skills.map((s) => (
                <li class="gap-row" key={s.skill.id} data-skill={s.skill.id}>
                  <span class="gap-name">{s.skill.title}</span>
                  <span class="gap-bar" aria-hidden="true">
                    {s.level !== undefined && <span class="gap-level" style={{ width: pct(s.level) }} />}
                    {s.level !== undefined && s.gap !== undefined && s.gap > 0 && (
                      <span class="gap-short" style={{ left: pct(s.level), width: pct(s.gap) }} />
                    )}
                    <span class="gap-target" style={{ left: pct(s.skill.target) }} />
                  </span>
                  <span class="gap-values">
                    {s.level === undefined
                      ? `${tr(notApplicable.has(s.skill.id) ? 'assess.na.level' : 'assess.unrated')} · ${tr('assess.target', { target: s.skill.target })}`
                      : `${tr('assess.level', { level: formatLevel(s.level) })} · ${tr('assess.target', { target: s.skill.target })} · ${gapText(s, tr)}`}
                  </span>
                  <EvidenceLine calibration={calibrations[s.skill.id]} tr={tr} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
