/** Build-time data for the assessment page and the home plan, read from the content collections. */
import { getCollection } from 'astro:content';
import { loadCourse } from '../../lessons/build/catalog.ts';
import type { AssessmentData } from '../model/analysis.ts';
import { NOT_APPLICABLE, shortForm } from '../model/forms.ts';
import type { FrameworkInfo, Instrument, LessonInfo, QuestionSkills } from '../model/model.ts';
import { scaleRange } from '../model/scoring.ts';

/** The instrument the site shows: `self-assessment` when present, else the first by id, so the choice is stable. */
async function loadInstrument(): Promise<Instrument> {
  const entries = (await getCollection('assessments')).sort((a, b) => a.id.localeCompare(b.id));
  const entry = entries.find((e) => e.id === 'self-assessment') ?? entries[0];
  if (!entry) throw new Error('content/assessments/ 裡沒有任何自評問卷：請至少加入一份 .yaml 問卷。');
  const { title, scale, items } = entry.data;
  if (scale.some((p) => p.value === NOT_APPLICABLE))
    throw new Error(
      `content/assessments/${entry.id}.yaml 的 scale：value ${NOT_APPLICABLE} 保留給「不適用」，不能當作量表等級。請從 1 開始編號（例如 1 到 5）。`,
    );
  return {
    id: entry.id,
    title,
    scale,
    items: items.map(({ id, skill, statement, reverse, short }) => ({
      id,
      skill,
      statement,
      ...(reverse ? { reverse } : {}),
      ...(short ? { short } : {}),
    })),
  };
}

/** The questionnaire (and its short form, if any item is marked for it) with its intro, and everything needed to analyse a result. */
export async function loadAssessmentData(): Promise<{
  instrument: Instrument;
  short: Instrument | undefined;
  intro: string | undefined;
  data: AssessmentData;
}> {
  const instrument = await loadInstrument();
  const short = shortForm(instrument);
  const intro = (await getCollection('assessments')).find((e) => e.id === instrument.id)?.data.intro;
  const framework: FrameworkInfo = {
    factors: (await getCollection('factors')).map(({ data: { id, title } }) => ({ id, title })),
    skills: (await getCollection('skills')).map(({ data: { id, factor, title, target } }) => ({
      id,
      factor,
      title,
      target,
    })),
  };
  const { lessons, entries } = await loadCourse();
  const metaOf = new Map(entries.map((e) => [e.id, e.data]));
  const lessonInfo: LessonInfo[] = lessons.map((l) => {
    const meta = metaOf.get(l.id);
    return {
      id: l.id,
      title: l.title,
      href: l.href,
      minutes: l.minutes,
      skills: meta?.skills ?? [],
      ...(meta?.quiz ? { quiz: meta.quiz } : {}),
    };
  });
  const questionSkills: QuestionSkills = Object.fromEntries(
    (await getCollection('quizzes')).map((q) => [
      q.id,
      Object.fromEntries(q.data.questions.map((x) => [x.id, x.skill])),
    ]),
  );
  return {
    instrument,
    short,
    intro,
    data: {
      instrument: {
        id: instrument.id,
        title: instrument.title,
        items: instrument.items.length,
        range: scaleRange(instrument.scale),
        itemSkills: Object.fromEntries(instrument.items.map((i) => [i.id, i.skill])),
        ...(short ? { short: { id: short.id, items: short.items.length } } : {}),
      },
      framework,
      lessons: lessonInfo,
      questionSkills,
    },
  };
}
