/**
 * The /assessment/ (full form) and /assessment/short/ island: the questionnaire while one
 * is being filled in (or none was ever completed), else the latest result of this form.
 * The questionnaire's HTML comes from the server as the island's children, so the page is
 * readable and tappable before any script; the island fetches the questionnaire and the
 * analysis data (static files of the build) and then takes the form over, keeping what was
 * tapped. The result view's code is fetched only when there is a result to show.
 * Everything shown comes from `$progress`, so a reload, another tab or a later visit shows
 * the same state.
 */
import type { ComponentChildren, FunctionComponent } from 'preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { translator } from '../../i18n/format.ts';
import { recordAssessment, saveDraftAnswer } from '../../progress/store.ts';
import { useProgress } from '../../progress/ui/use-progress.ts';
import { fetchAssessmentFiles, fetchResultStrings } from '../browser/files.ts';
import { analyseProgress, type AssessmentData } from '../model/analysis.ts';
import type { AssessmentForms } from '../model/files.ts';
import { groupItems } from '../model/form.ts';
import type { AlternateForm, FormKind } from '../model/forms.ts';
import { completedResult, mapSkillGaps, validAnswers } from '../model/scoring.ts';
import { describeFinding, type Translate } from '../model/text.ts';
import { own } from '../../progress/model/ids.ts';
import AssessmentForm, { earlyAnswers } from './AssessmentForm.tsx';
import type { ResultProps } from './AssessmentResult.tsx';

interface Props {
  form: FormKind;
  alternate: AlternateForm | undefined;
  strings: Record<string, string>;
  /** The server's questionnaire (not ready), shown until the data files are in. */
  children?: ComponentChildren;
}

type Files = { forms: AssessmentForms; data: AssessmentData };
/** What the learner had done on the server's form when the island took over. */
interface Handover {
  answers: Record<string, number>;
  focus: { name: string; value: string } | undefined;
}

export default function AssessmentApp({ form, alternate, strings, children }: Props) {
  const tr = translator(strings);
  const doc = useProgress();
  const [files, setFiles] = useState<Files | undefined>();
  const [failed, setFailed] = useState(false);
  const [resultFailed, setResultFailed] = useState(false);
  const [handover, setHandover] = useState<Handover>({ answers: {}, focus: undefined });
  /** The result view and its strings, fetched once there is a result to show. */
  const [result, setResult] = useState<{ View: FunctionComponent<ResultProps>; tr: Translate } | undefined>();
  const [view, setView] = useState<'form' | 'result' | undefined>();
  const [moveFocus, setMoveFocus] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const root = useRef<HTMLDivElement>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);

  const load = useCallback(() => {
    setFailed(false);
    fetchAssessmentFiles().then(
      (loaded) => {
        const instrument = form === 'short' ? loaded.forms.short : loaded.forms.full;
        // Read the server form's radios and focus before it is replaced by the live one.
        if (root.current && instrument) {
          const active = document.activeElement;
          const focus =
            active instanceof HTMLInputElement && root.current.contains(active)
              ? { name: active.name, value: active.value }
              : undefined;
          setHandover({ answers: earlyAnswers(root.current, instrument), focus });
        }
        setFiles(loaded);
      },
      () => setFailed(true),
    );
  }, [form]);
  useEffect(load, [load]);

  const instrument = files && (form === 'short' ? files.forms.short : files.forms.full);
  const data = files?.data;
  const groups = useMemo(
    () => (instrument && data ? groupItems(instrument, data.framework, form === 'short' ? 'factor' : 'skill') : []),
    [instrument, data, form],
  );
  const draft = instrument && own(doc?.drafts, instrument.id);
  const answers = useMemo(
    () => (draft && instrument ? validAnswers(instrument, draft.answers) : {}),
    [draft, instrument],
  );
  const analysis = useMemo(() => (doc && data ? analyseProgress(doc, data, form) : undefined), [doc, data, form]);
  const answered = Object.keys(answers).length;
  // An unfinished round wins over an old result, so a learner who left half-way resumes.
  const auto = answered > 0 || !analysis ? 'form' : 'result';
  const current = !doc ? 'form' : view === 'result' && !analysis ? 'form' : (view ?? auto);

  // The result view's code comes only once there is a result to show.
  const loadResult = useCallback(() => {
    setResultFailed(false);
    Promise.all([import('./AssessmentResult.tsx'), fetchResultStrings()]).then(
      ([m, more]) => setResult({ View: m.default, tr: translator({ ...strings, ...more }) }),
      () => setResultFailed(true),
    );
  }, [strings]);
  const hasAnalysis = analysis !== undefined;
  useEffect(() => {
    if (hasAnalysis && !result) loadResult();
  }, [hasAnalysis]);
  useEffect(() => {
    if (moveFocus && current === 'result' && result) resultHeading.current?.focus();
  }, [moveFocus, current, result]);

  const show = (next: 'form' | 'result') => {
    setView(next);
    setMoveFocus(true);
    setAnnouncement('');
  };
  const submit = () => {
    if (!instrument || !data) return;
    const result = completedResult(instrument, answers, new Date().toISOString());
    recordAssessment(result);
    show('result');
    setAnnouncement(`${tr('assess.submitted')}${describeFinding(mapSkillGaps(result.levels, data.framework), tr)}`);
  };

  const ready = doc !== undefined && instrument !== undefined;
  let body: ComponentChildren;
  if (!instrument || !data) body = children;
  else if (current === 'result' && analysis)
    body = result ? (
      <result.View
        analysis={analysis}
        data={data}
        form={form}
        formItems={instrument.items.length}
        alternate={alternate}
        tr={result.tr}
        headingRef={resultHeading}
        draftAnswered={answered}
        onRetake={() => show('form')}
      />
    ) : resultFailed ? (
      <div role="alert" class="callout warning assess-data-error">
        <p>{tr('assess.data.error')}</p>
        <p>
          <button type="button" class="button" onClick={loadResult}>
            {tr('assess.data.retry')}
          </button>
        </p>
      </div>
    ) : (
      <p class="meta assess-loading">{tr('assess.result.loading')}</p>
    );
  else
    body = (
      <AssessmentForm
        instrument={instrument}
        groups={groups}
        answers={answers}
        early={handover.answers}
        focus={handover.focus}
        ready={ready}
        focusOnMount={moveFocus}
        previousAt={analysis?.latest.at}
        tr={tr}
        onAnswer={(item, value) => saveDraftAnswer(instrument.id, item, value)}
        onSubmit={submit}
        onShowResult={() => show('result')}
      />
    );

  return (
    <div class="assess" ref={root} data-ready={ready ? 'true' : undefined}>
      <p role="status" class="visually-hidden">
        {announcement}
      </p>
      {failed && (
        <div role="alert" class="callout warning assess-data-error">
          <p>{tr('assess.data.error')}</p>
          <p>
            <button type="button" class="button" onClick={load}>
              {tr('assess.data.retry')}
            </button>
          </p>
        </div>
      )}
      {body}
    </div>
  );
}
