/** 教練看板: open the team's export files, see the roll-up, print it, export it, and save it only when asked. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { translator, type Translate } from '../../i18n/format.ts';
import { formatDateTime } from '../../i18n/dates.ts';
import { downloadCsv } from '../browser/download.ts';
import { csvFilename } from '../../tools/model/csv.ts';
import { itemsCsv, membersCsv } from '../model/csv.ts';
import { filterValue, parseFilterValue } from '../model/filter.ts';
import type { TeamRollup } from '../model/rollup.ts';
import { FilePicker } from './FilePicker.tsx';
import { PersonSheets } from './PersonSheets.tsx';
import { TeamSheet } from './TeamSheet.tsx';
import { useTeam, type Message } from './use-team.ts';

type PrintMode = 'team' | 'people' | 'person';

export default function TeamBoard({ strings }: { strings: Record<string, string> }) {
  const tr = useMemo(() => translator(strings), [strings]);
  const team = useTeam(tr);
  const [shown, setShown] = useState<string | undefined>();
  const [printing, setPrinting] = useState<PrintMode | undefined>();

  // Print once the chosen sheets are on the page; back to the screen view afterwards.
  useEffect(() => {
    if (!printing) return;
    const done = () => setPrinting(undefined);
    window.addEventListener('afterprint', done, { once: true });
    window.print();
    return () => window.removeEventListener('afterprint', done);
  }, [printing]);

  const { course, rollup } = team;
  const ready = typeof course === 'object';
  return (
    <div class="team-board" data-print={printing} data-ready={ready ? '' : undefined}>
      {course === 'loading' && <p role="status">{tr('team.loading')}</p>}
      {course === 'error' && (
        <p role="alert" class="message error">
          ⚠ {tr('team.course.failed')}{' '}
          <button type="button" class="button secondary" onClick={team.loadCourse}>
            {tr('team.course.retry')}
          </button>
        </p>
      )}
      <FilePicker disabled={!ready} progress={team.progress} onFiles={team.addFiles} tr={tr} />
      <Status message={team.message} />
      <Refused team={team} tr={tr} />
      <SavedNotice team={team} tr={tr} />
      {rollup ? (
        <>
          <Actions team={team} rollup={rollup} print={setPrinting} tr={tr} />
          <TeamSheet rollup={rollup} tr={tr} />
          <PersonSheets
            rollup={rollup}
            shown={shown}
            onShow={setShown}
            onPrintOne={() => setPrinting('person')}
            tr={tr}
          />
        </>
      ) : (
        ready && <p class="no-print">{tr('team.empty')}</p>
      )}
    </div>
  );
}

type Team = ReturnType<typeof useTeam>;

function Status({ message }: { message: Message | undefined }) {
  return (
    <div
      role="status"
      aria-live="polite"
      class={message?.kind === 'error' ? 'message error no-print' : 'message no-print'}
    >
      {message && (
        <p>
          {message.kind === 'error' ? `⚠ ${message.text}` : message.kind === 'ok' ? `✓ ${message.text}` : message.text}
        </p>
      )}
    </div>
  );
}

function Refused({ team, tr }: { team: Team; tr: Translate }) {
  const { refused, merged } = team.view;
  if (refused.length === 0 && merged.length === 0) return null;
  return (
    <section class="card team-refused no-print" aria-labelledby="team-refused">
      {refused.length > 0 && (
        <>
          <h2 id="team-refused">{tr('team.refused.title', { n: refused.length })}</h2>
          <ul>
            {refused.map((r, i) => (
              <li key={i}>{tr('team.refused.item', { name: r.name, reason: r.message })}</li>
            ))}
          </ul>
        </>
      )}
      {merged.map((m) => (
        <p key={m.name} class="meta">
          {tr('team.read.merged', m)}
        </p>
      ))}
    </section>
  );
}

function SavedNotice({ team, tr }: { team: Team; tr: Translate }) {
  const { saved, view } = team;
  if (saved.kind === 'none') return null;
  const text =
    saved.kind === 'ok'
      ? view.people === 0
        ? tr('team.saved.shown', { date: formatDateTime(saved.savedAt) })
        : undefined
      : tr(saved.kind === 'newer' ? 'team.saved.newer' : 'team.saved.damaged');
  return (
    <p class="meta no-print">
      {text}{' '}
      <button type="button" class="button secondary" onClick={team.forget}>
        {tr('team.forget')}
      </button>
    </p>
  );
}

function Actions({
  team,
  rollup,
  print,
  tr,
}: {
  team: Team;
  rollup: TeamRollup;
  print: (m: PrintMode) => void;
  tr: Translate;
}) {
  const day = rollup.builtAt.slice(0, 10);
  const choices = team.view.choices;
  return (
    <section class="card team-actions no-print" aria-label={tr('team.sheet.title')}>
      {choices.length > 2 && (
        <p class="actions">
          <label for="team-filter">{tr('team.filter')}</label>
          <select
            id="team-filter"
            value={filterValue(team.view.filter)}
            onChange={(e) => team.setFilter(parseFilterValue(e.currentTarget.value))}
          >
            {choices.map((c) => (
              <option key={filterValue(c.filter)} value={filterValue(c.filter)}>
                {c.filter.kind === 'all'
                  ? tr('team.filter.all', { n: c.count })
                  : c.filter.kind === 'none'
                    ? tr('team.filter.none', { n: c.count })
                    : tr('team.filter.one', { code: c.filter.code, n: c.count })}
              </option>
            ))}
          </select>
        </p>
      )}
      <p class="actions">
        <button type="button" class="button" onClick={() => print('team')}>
          {tr('team.print.team')}
        </button>
        <button type="button" class="button secondary" onClick={() => print('people')}>
          {tr('team.print.people')}
        </button>
        <button
          type="button"
          class="button secondary"
          onClick={() => downloadCsv(csvFilename(tr('team.csv.file.people'), day), membersCsv(rollup, tr))}
        >
          {tr('team.csv.people')}
        </button>
        <button
          type="button"
          class="button secondary"
          onClick={() => downloadCsv(csvFilename(tr('team.csv.file.items'), day), itemsCsv(rollup, tr))}
        >
          {tr('team.csv.items')}
        </button>
      </p>
      {team.view.people > 0 && (
        <>
          <p class="actions">
            <button type="button" class="button secondary" onClick={team.save}>
              {tr('team.save')}
            </button>
            <button type="button" class="button secondary danger" onClick={team.clear}>
              {tr('team.clear')}
            </button>
          </p>
          <p class="meta">{tr('team.save.about')}</p>
        </>
      )}
    </section>
  );
}
