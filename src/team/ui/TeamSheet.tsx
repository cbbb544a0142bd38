/** The team sheet: completion per module, the gap map as spreads, calibration, the lessons to read, item analysis. */
import type { ComponentChildren } from 'preact';
import { type Translate } from '../../i18n/format.ts';
import { formatDateTime } from '../../i18n/dates.ts';
import { memberLabel } from '../model/csv.ts';
import type { Distribution } from '../model/distribution.ts';
import type { MemberSummary, TeamRollup } from '../model/rollup.ts';
import { formatLevel, formatPct } from '../model/text.ts';
import { ItemAnalysis } from './ItemAnalysis.tsx';

interface Props {
  rollup: TeamRollup;
  tr: Translate;
}

export function TeamSheet({ rollup, tr }: Props) {
  const files = rollup.members.reduce((n, m) => n + m.files.length, 0);
  return (
    <div class="team-sheet">
      <h2>{tr('team.sheet.title')}</h2>
      <p>
        {tr('team.summary', {
          people: rollup.members.length,
          files,
          teams: rollup.teams.join('、') || tr('team.summary.noTeams'),
        })}
      </p>
      <p class="meta">{tr('team.sheet.printed', { date: formatDateTime(rollup.builtAt) })}</p>
      <Completion rollup={rollup} tr={tr} />
      <GapMap rollup={rollup} tr={tr} />
      <Calibration rollup={rollup} tr={tr} />
      <Plans rollup={rollup} tr={tr} />
      <ItemAnalysis items={rollup.items} tr={tr} />
    </div>
  );
}

/** A table that scrolls sideways on a phone; focusable so a keyboard can scroll it too. */
function Scroll({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="table-scroll" role="region" aria-label={label} tabindex={0}>
      {children}
    </div>
  );
}

/** A part of the sheet: its heading (an anchor for the page's links), a line on how to read it, its body. */
function Part({ id, title, lead, children }: { id: string; title: string; lead: string; children: ComponentChildren }) {
  return (
    <section>
      <h3 id={id}>{title}</h3>
      <p class="meta">{lead}</p>
      {children}
    </section>
  );
}

/** A table of one row per learner: the name, then `cells`; `head` holds the columns after the name's. */
function MemberTable(props: {
  rollup: TeamRollup;
  tr: Translate;
  label: string;
  head: ComponentChildren;
  cells: (m: MemberSummary) => ComponentChildren;
}) {
  const { tr } = props;
  return (
    <Scroll label={props.label}>
      <table>
        <thead>
          <tr>
            <th scope="col">{tr('team.col.member')}</th>
            {props.head}
          </tr>
        </thead>
        <tbody>
          {props.rollup.members.map((m) => (
            <tr key={m.key}>
              <th scope="row">{memberLabel(m, tr)}</th>
              {props.cells(m)}
            </tr>
          ))}
        </tbody>
      </table>
    </Scroll>
  );
}

function Completion({ rollup, tr }: Props) {
  const title = tr('team.completion.title');
  return (
    <Part id="team-completion" title={title} lead={tr('team.completion.lead')}>
      <MemberTable
        rollup={rollup}
        tr={tr}
        label={title}
        head={
          <>
            <th scope="col">{tr('team.col.team')}</th>
            {rollup.modules.map((m) => (
              <th scope="col" key={m.id}>
                {m.title}
              </th>
            ))}
            <th scope="col">{tr('team.col.total')}</th>
          </>
        }
        cells={(m) => (
          <>
            <td>{m.teamCode ?? '—'}</td>
            {m.completion.map((c) => (
              <td key={c.module} class={c.total > 0 && c.done === c.total ? 'complete' : undefined}>
                {c.done} / {c.total}
                {c.total > 0 && c.done === c.total ? ' ✓' : ''}
              </td>
            ))}
            <td>
              {m.lessonsDone} / {m.lessonsTotal}
            </td>
          </>
        )}
      />
    </Part>
  );
}

/** Counts per scale point as small bars, each with its number, and the same in words for a screen reader. */
function Spread({ spread, min, tr }: { spread: Distribution; min: number; tr: Translate }) {
  if (spread.n === 0) return <span class="meta">{tr('team.spread.none')}</span>;
  const most = Math.max(...spread.counts, 1);
  const words = spread.counts.map((n, i) => tr('team.spread.point', { point: min + i, n })).join('，');
  return (
    <span class="spread">
      <span class="visually-hidden">{words}</span>
      <span class="spread-bars" aria-hidden="true">
        {spread.counts.map((n, i) => (
          <span class="spread-point" key={i}>
            <span class="spread-bar">
              <span style={{ height: `${(n / most) * 100}%` }} />
            </span>
            <span class="spread-count">{n}</span>
            <span class="spread-label">{min + i}</span>
          </span>
        ))}
      </span>
    </span>
  );
}

const BELOW_SHOWN = 20;

function Below({ spread, rollup, tr }: { spread: Distribution; rollup: TeamRollup; tr: Translate }) {
  if (spread.n === 0) return <>—</>;
  if (spread.below.length === 0) return <>{tr('team.below.none')}</>;
  const byKey = new Map(rollup.members.map((m) => [m.key, m]));
  const shown = spread.below.slice(0, BELOW_SHOWN).map((b) => {
    const m = byKey.get(b.member);
    return tr('team.below.member', { name: m ? memberLabel(m, tr) : b.member, level: formatLevel(b.level) });
  });
  const more = spread.below.length - shown.length;
  return (
    <>
      {tr('team.below.count', { n: spread.below.length, names: shown.join('、') })}
      {more > 0 ? tr('team.below.more', { n: more }) : ''}
    </>
  );
}

function SpreadRow({
  title,
  target,
  spread,
  rollup,
  tr,
}: {
  title: string;
  target: number;
  spread: Distribution;
  rollup: TeamRollup;
  tr: Translate;
}) {
  return (
    <tr>
      <th scope="row">{title}</th>
      <td>{formatLevel(target)}</td>
      <td>{spread.n}</td>
      <td>
        <Spread spread={spread} min={rollup.range.min} tr={tr} />
      </td>
      <td>
        {formatLevel(spread.median)}
        {spread.n > 1 ? `（${formatLevel(spread.q1)}–${formatLevel(spread.q3)}）` : ''}
      </td>
      <td class="below">
        <Below spread={spread} rollup={rollup} tr={tr} />
      </td>
    </tr>
  );
}

function SpreadHead({ first, tr }: { first: string; tr: Translate }) {
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        <th scope="col">{tr('team.col.target')}</th>
        <th scope="col">{tr('team.col.rated')}</th>
        <th scope="col">{tr('team.col.spread')}</th>
        <th scope="col">{tr('team.col.median')}</th>
        <th scope="col">{tr('team.col.below')}</th>
      </tr>
    </thead>
  );
}

function GapMap({ rollup, tr }: Props) {
  return (
    <Part id="team-gaps" title={tr('team.gaps.title')} lead={tr('team.gaps.lead', { max: rollup.range.max })}>
      <h4>{tr('team.gaps.factors')}</h4>
      <Scroll label={tr('team.gaps.factors')}>
        <table>
          <SpreadHead first={tr('team.col.factor')} tr={tr} />
          <tbody>
            {rollup.factors.map((f) => (
              <SpreadRow key={f.factor} title={f.title} target={f.target} spread={f.spread} rollup={rollup} tr={tr} />
            ))}
          </tbody>
        </table>
      </Scroll>
      <h4>{tr('team.gaps.skills')}</h4>
      <Scroll label={tr('team.gaps.skills')}>
        <table>
          <SpreadHead first={tr('team.col.skill')} tr={tr} />
          <tbody>
            {rollup.skills.map((s) => (
              <SpreadRow key={s.skill} title={s.title} target={s.target} spread={s.spread} rollup={rollup} tr={tr} />
            ))}
          </tbody>
        </table>
      </Scroll>
    </Part>
  );
}

/** One learner's self-rating and quiz share on one skill, as two numbers. */
export function CalibrationCell({ m, skill, tr }: { m: MemberSummary; skill: string; tr: Translate }) {
  const c = m.calibration.find((x) => x.skill === skill);
  if (!c) return <td>—</td>;
  return <td>{tr('team.calibration.pair', { self: formatPct(c.selfPct), quiz: formatPct(c.evidencePct) })}</td>;
}

function Calibration({ rollup, tr }: Props) {
  const skills = rollup.skills.filter((s) =>
    rollup.members.some((m) => m.calibration.some((c) => c.skill === s.skill)),
  );
  const title = tr('team.calibration.title');
  return (
    <Part id="team-calibration" title={title} lead={tr('team.calibration.lead')}>
      {skills.length === 0 ? (
        <p>{tr('team.calibration.none')}</p>
      ) : (
        <MemberTable
          rollup={rollup}
          tr={tr}
          label={title}
          head={skills.map((s) => (
            <th scope="col" key={s.skill}>
              {s.title}
            </th>
          ))}
          cells={(m) => skills.map((s) => <CalibrationCell key={s.skill} m={m} skill={s.skill} tr={tr} />)}
        />
      )}
    </Part>
  );
}

/** The lessons suggested to one learner, with the skills they work on. */
export function PlanList({ m, tr }: { m: MemberSummary; tr: Translate }) {
  if (m.planBasis === 'done') return <>{tr('team.plan.done')}</>;
  return (
    <>
      <span class="meta">{tr(m.planBasis === 'plan' ? 'team.plan.plan' : 'team.plan.next')}</span>
      <ol class="team-plan">
        {m.plan.map((l) => (
          <li key={l.id}>
            <a href={l.href}>{l.title}</a>
            {l.skills.length > 0 && <span class="meta">{tr('team.plan.for', { skills: l.skills.join('、') })}</span>}
          </li>
        ))}
      </ol>
    </>
  );
}

function Plans({ rollup, tr }: Props) {
  const title = tr('team.plan.title');
  return (
    <Part id="team-plans" title={title} lead={tr('team.plan.lead')}>
      <MemberTable
        rollup={rollup}
        tr={tr}
        label={title}
        head={<th scope="col">{title}</th>}
        cells={(m) => (
          <td>
            <PlanList m={m} tr={tr} />
          </td>
        )}
      />
    </Part>
  );
}
