/** Per-person sheets: one on screen at a time (chosen from a list), all of them when printed. */
import { formatPercent, type Translate } from '../../i18n/format.ts';
import { formatDate } from '../../i18n/dates.ts';
import { memberLabel } from '../model/csv.ts';
import type { MemberSummary, TeamRollup } from '../model/rollup.ts';
import { formatPct } from '../model/text.ts';
import { PlanList } from './TeamSheet.tsx';

interface Props {
  rollup: TeamRollup;
  shown: string | undefined;
  onShow: (key: string) => void;
  onPrintOne: () => void;
  tr: Translate;
}

export function PersonSheets({ rollup, shown, onShow, onPrintOne, tr }: Props) {
  const current = shown && rollup.members.some((m) => m.key === shown) ? shown : rollup.members[0]?.key;
  return (
    <section class="people-part" aria-labelledby="team-people">
      <h2 id="team-people">{tr('team.people.title')}</h2>
      <p class="actions no-print">
        <label for="team-person">{tr('team.people.pick')}</label>
        <select id="team-person" value={current} onChange={(e) => onShow(e.currentTarget.value)}>
          {rollup.members.map((m) => (
            <option key={m.key} value={m.key}>
              {memberLabel(m, tr)}
            </option>
          ))}
        </select>
        <button type="button" class="button secondary" onClick={onPrintOne}>
          {tr('team.print.one')}
        </button>
      </p>
      {rollup.members.map((m) => (
        <PersonSheet key={m.key} m={m} rollup={rollup} shown={m.key === current} tr={tr} />
      ))}
    </section>
  );
}

function PersonSheet({
  m,
  rollup,
  shown,
  tr,
}: {
  m: MemberSummary;
  rollup: TeamRollup;
  shown: boolean;
  tr: Translate;
}) {
  const name = memberLabel(m, tr);
  const id = `person-${rollup.members.indexOf(m)}`;
  const skillTitle = new Map(rollup.skills.map((s) => [s.skill, s.title]));
  return (
    <article class="person-sheet card" data-shown={shown ? '' : undefined} aria-labelledby={id}>
      <h3 id={id}>{tr('team.person.title', { name })}</h3>
      <p class="meta">
        {m.teamCode ? `${tr('team.person.team', { code: m.teamCode })} · ` : ''}
        {tr('team.person.files', { files: m.files.join('、') })}
        {m.fromVersion < 3 ? ` · ${tr('team.member.older', { v: m.fromVersion })}` : ''}
        {m.exportedAt ? ` · ${tr('team.person.exported', { date: formatDate(m.exportedAt, 'short') })}` : ''}
      </p>
      <p>
        {tr('team.person.lessons', { done: m.lessonsDone, total: m.lessonsTotal })}
        {m.lastActivity ? ` · ${tr('team.person.last', { date: formatDate(m.lastActivity, 'short') })}` : ''}
      </p>
      <ul class="person-modules">
        {m.completion.map((c, i) => (
          <li key={c.module}>
            {tr('team.person.module', { title: rollup.modules[i]?.title ?? c.module, done: c.done, total: c.total })}
          </li>
        ))}
      </ul>
      <h4>{tr('team.plan.title')}</h4>
      <PlanList m={m} tr={tr} />
      <h4>{tr('team.calibration.title')}</h4>
      <p class="meta">
        {m.assessedAt
          ? tr('team.person.assessed', { date: formatDate(m.assessedAt, 'short') })
          : tr('team.person.notAssessed')}
      </p>
      {m.calibration.length === 0 ? (
        <p>{tr('team.calibration.none')}</p>
      ) : (
        <table class="person-calibration">
          <thead>
            <tr>
              <th scope="col">{tr('team.col.skill')}</th>
              <th scope="col">{tr('team.col.self')}</th>
              <th scope="col">{tr('team.col.quiz')}</th>
              <th scope="col">{tr('team.col.questions')}</th>
            </tr>
          </thead>
          <tbody>
            {m.calibration.map((c) => (
              <tr key={c.skill}>
                <th scope="row">{skillTitle.get(c.skill) ?? c.skill}</th>
                <td>{formatPct(c.selfPct)}</td>
                <td>{formatPct(c.evidencePct)}</td>
                <td>{c.questions}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h4>{tr('team.person.quizzes')}</h4>
      {m.quizzes.length === 0 ? (
        <p>{tr('team.person.quizzes.none')}</p>
      ) : (
        <ul>
          {m.quizzes.map((q) => (
            <li key={q.quiz}>
              {tr('team.person.quiz', {
                title: rollup.items.find((i) => i.quiz === q.quiz)?.quizTitle ?? q.quiz,
                score: formatPercent(q.score),
                date: formatDate(q.at, 'short'),
              })}
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
