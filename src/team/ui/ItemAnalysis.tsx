/** Item analysis: the questions that look broken first, then every question of every quiz someone took. */
import { formatPercent, type Translate } from '../../i18n/format.ts';
import type { ItemStat } from '../model/items.ts';
import { describeWrong, formatDiscrimination, formatLevel } from '../model/text.ts';

interface Props {
  items: ItemStat[];
  tr: Translate;
}

const flagText = (i: ItemStat, tr: Translate) => i.flags.map((f) => `⚠ ${tr(`team.flag.${f}`)}`).join('；');

function Flagged({ items, tr }: Props) {
  const flagged = items.filter((i) => i.flags.length > 0);
  return (
    <div class="team-flagged">
      <h4>{tr('team.items.flagged', { n: flagged.length })}</h4>
      {flagged.length === 0 ? (
        <p>{tr('team.items.flagged.none')}</p>
      ) : (
        <ul>
          {flagged.map((i) => (
            <li key={`${i.quiz}/${i.question}`}>
              <strong>{i.prompt}</strong>
              <span class="meta"> {tr('team.items.where', { quiz: i.quizTitle, id: i.question })}</span>
              <br />
              <span class="flag">{flagText(i, tr)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function ItemRow({ i, tr }: { i: ItemStat; tr: Translate }) {
  const { confidence: c } = i;
  return (
    <tr class={i.flags.length ? 'flagged' : undefined}>
      <th scope="row">{i.prompt}</th>
      <td>{i.n}</td>
      <td>
        {i.correctShare === undefined
          ? '—'
          : tr('team.item.correct', { pct: formatPercent(i.correctShare), n: i.correct })}
      </td>
      <td>{formatDiscrimination(i.discrimination)}</td>
      <td>{describeWrong(i.wrong, tr)}</td>
      <td>
        {c.answered === 0 ? '—' : `${formatLevel(c.rightMean)} / ${formatLevel(c.wrongMean)}`}
        {c.sureWrong > 0 ? tr('team.item.sureWrong', { n: c.sureWrong }) : ''}
      </td>
      <td>{i.flags.length ? flagText(i, tr) : tr('team.item.noFlag')}</td>
    </tr>
  );
}

export function ItemAnalysis({ items, tr }: Props) {
  const quizzes = [...new Set(items.map((i) => i.quiz))];
  return (
    <section class="team-items">
      <h3 id="team-items">{tr('team.items.title')}</h3>
      <p class="meta">{tr('team.items.lead')}</p>
      <p class="meta">{tr('team.confidence.levels')}</p>
      {items.length === 0 ? (
        <p>{tr('team.items.none')}</p>
      ) : (
        <>
          <Flagged items={items} tr={tr} />
          {quizzes.map((quiz) => {
            const rows = items.filter((i) => i.quiz === quiz);
            const title = tr('team.items.quiz', { title: rows[0]!.quizTitle, n: Math.max(...rows.map((r) => r.n)) });
            return (
              <div key={quiz} class="team-quiz">
                <h4>{title}</h4>
                <div class="table-scroll" role="region" aria-label={title} tabindex={0}>
                  <table>
                    <thead>
                      <tr>
                        <th scope="col">{tr('team.col.question')}</th>
                        <th scope="col">{tr('team.col.answers')}</th>
                        <th scope="col">{tr('team.col.correct')}</th>
                        <th scope="col">{tr('team.col.discrimination')}</th>
                        <th scope="col">{tr('team.col.wrong')}</th>
                        <th scope="col">{tr('team.col.confidence')}</th>
                        <th scope="col">{tr('team.col.flags')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {rows.map((i) => (
                        <ItemRow key={i.question} i={i} tr={tr} />
                      ))}
                    </tbody>
                  </table>
                </div>
              </div>
            );
          })}
        </>
      )}
    </section>
  );
}
