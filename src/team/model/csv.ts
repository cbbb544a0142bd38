/**
 * The roll-up as CSV for a spreadsheet: one row per learner (completion, levels, quiz evidence,
 * the lessons to read), and one row per quiz question (the item analysis). Pure.
 */
import type { Translate } from '../../i18n/format.ts';
import { toCsv, type CsvValue } from '../../tools/model/csv.ts';
import type { TeamRollup } from './rollup.ts';

const round = (x: number | undefined, digits = 2) =>
  x === undefined || !Number.isFinite(x) ? undefined : Math.round(x * 10 ** digits) / 10 ** digits;
const pct = (share: number | undefined) => (share === undefined ? undefined : Math.round(share * 100));

/** The name a trainer reads for a learner: their 「給教練看的名字」, else which file they came from. */
export function memberLabel(m: { displayName: string | undefined; files: string[] }, tr: Translate): string {
  return m.displayName ?? tr('team.member.unnamed', { file: m.files[0] ?? '' });
}

/** One row per learner. */
export function membersCsv(rollup: TeamRollup, tr: Translate): string {
  const skills = rollup.skills;
  const header: CsvValue[] = [
    tr('team.csv.name'),
    tr('team.csv.team'),
    tr('team.csv.files'),
    tr('team.csv.exportedAt'),
    tr('team.csv.lessons'),
    ...rollup.modules.map((m) => tr('team.csv.module', { title: m.title })),
    tr('team.csv.assessedAt'),
    ...skills.map((s) => tr('team.csv.self', { title: s.title })),
    ...skills.map((s) => tr('team.csv.quiz', { title: s.title })),
    tr('team.csv.plan'),
  ];
  const rows = rollup.members.map((m): CsvValue[] => {
    const cal = new Map(m.calibration.map((c) => [c.skill, c]));
    return [
      memberLabel(m, tr),
      m.teamCode,
      m.files.join(' / '),
      m.exportedAt,
      `${m.lessonsDone}/${m.lessonsTotal}`,
      ...m.completion.map((c) => `${c.done}/${c.total}`),
      m.assessedAt,
      ...skills.map((s) => round(m.levels[s.skill])),
      ...skills.map((s) => cal.get(s.skill)?.evidencePct),
      m.plan.map((l) => l.title).join('、'),
    ];
  });
  return toCsv([header, ...rows]);
}

/** One row per quiz question. */
export function itemsCsv(rollup: TeamRollup, tr: Translate): string {
  const header: CsvValue[] = [
    tr('team.csv.quizTitle'),
    tr('team.csv.question'),
    tr('team.csv.prompt'),
    tr('team.csv.answers'),
    tr('team.csv.correct'),
    tr('team.csv.discrimination'),
    tr('team.csv.wrong'),
    tr('team.csv.wrongCount'),
    tr('team.csv.confRight'),
    tr('team.csv.confWrong'),
    tr('team.csv.sureWrong'),
    tr('team.csv.flags'),
  ];
  const rows = rollup.items.map((i): CsvValue[] => [
    i.quizTitle,
    i.question,
    i.prompt,
    i.n,
    pct(i.correctShare),
    round(i.discrimination),
    i.wrong ? (i.wrong.kind === 'pair' ? `${i.wrong.left} → ${i.wrong.right}` : i.wrong.text) : undefined,
    i.wrong?.count,
    round(i.confidence.rightMean),
    round(i.confidence.wrongMean),
    i.confidence.sureWrong,
    i.flags.map((f) => tr(`team.flag.${f}`)).join('、'),
  ]);
  return toCsv([header, ...rows]);
}
