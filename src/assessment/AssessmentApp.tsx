/**
 * The /assessment/ (full form) and /assessment/short/ island: the questionnaire while one
 * is being filled in (or none was ever completed), else the latest result of either form.
 * Everything shown comes from `$progress`, so a reload, another tab or a later visit shows
 * the same state.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { translator } from '../i18n/format.ts';
import { recordAssessment, saveDraftAnswer } from '../progress/store.ts';
import { useProgress } from '../progress/ui/use-progress.ts';
import { analyseProgress, type AssessmentData } from './analysis.ts';
import AssessmentForm from './AssessmentForm.tsx';
import AssessmentResult from './AssessmentResult.tsx';
import { groupItems } from './form.ts';
import type { AlternateForm, FormKind } from './forms.ts';
import type { Instrument } from './model.ts';
import { mapSkillGaps, scoreSkills, skillLevels, validAnswers } from './scoring.ts';
import { describeFinding } from './text.ts';
import { own } from '../progress/model/ids.ts';

interface Props {
  /** The form this page shows, under the id its drafts and results are stored with. */
  instrument: Instrument;
  form: FormKind;
  alternate: AlternateForm | undefined;
  data: AssessmentData;
  strings: Record<string, string>;
}

export default function AssessmentApp({ instrument, form, alternate, data, strings }: Props) {
  const tr = translator(strings);
  const doc = useProgress();
  const [view, setView] = useState<'form' | 'result' | undefined>();
  const [moveFocus, setMoveFocus] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const groups = useMemo(
    () => groupItems(instrument, data.framework, form === 'short' ? 'factor' : 'skill'),
    [instrument, data, form],
  );
  const draft = own(doc?.drafts, instrument.id);
  const answers = useMemo(() => (draft ? validAnswers(instrument, draft.answers) : {}), [draft, instrument]);
  const analysis = useMemo(() => (doc ? analyseProgress(doc, data) : undefined), [doc, data]);
  const answered = Object.keys(answers).length;
  // An unfinished round wins over an old result, so a learner who left half-way resumes.
  const auto = answered > 0 || !analysis ? 'form' : 'result';
  const current = !doc ? 'form' : view === 'result' && !analysis ? 'form' : (view ?? auto);

  useEffect(() => {
    if (moveFocus && current === 'result') resultHeading.current?.focus();
  }, [moveFocus, current]);

  const show = (next: 'form' | 'result') => {
    setView(next);
    setMoveFocus(true);
    setAnnouncement('');
  };
  const submit = () => {
    const at = new Date().toISOString();
    const levels = skillLevels(scoreSkills(instrument, answers));
    recordAssessment({ id: `${instrument.id}/${at}`, instrument: instrument.id, at, answers, levels });
    show('result');
    setAnnouncement(`${tr('assess.submitted')}${describeFinding(mapSkillGaps(levels, data.framework), tr)}`);
  };

  return (
    <div class="assess" data-ready={doc ? 'true' : undefined}>
      <p role="status" class="visually-hidden">
        {announcement}
      </p>
      {current === 'result' && analysis ? (
        <AssessmentResult
          analysis={analysis}
          data={data}
          form={form}
          formItems={instrument.items.length}
          alternate={alternate}
          tr={tr}
          headingRef={resultHeading}
          draftAnswered={answered}
          onRetake={() => show('form')}
        />
      ) : (
        <AssessmentForm
          instrument={instrument}
          groups={groups}
          answers={answers}
          ready={doc !== undefined}
          focusOnMount={moveFocus}
          previousAt={analysis?.latest.at}
          tr={tr}
          onAnswer={(item, value) => saveDraftAnswer(instrument.id, item, value)}
          onSubmit={submit}
          onShowResult={() => show('result')}
        />
      )}
    </div>
  );
}
