/**
 * The questionnaire, one group per step. Every group is in the HTML from the start (the
 * others `hidden`), so the server's page and the running page have the same shape and
 * height; without JavaScript a <noscript> style shows them all. The server renders it with
 * `ready` false as the island's children; radios work before the island is ready: what was
 * tapped early is read from the server's form (`earlyAnswers`) and handed over as `early`.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import ProgressBar from '../../components/ProgressBar.tsx';
import { formatDate } from '../../i18n/dates.ts';
import { firstOpenGroup, type ItemGroup } from '../model/form.ts';
import { NOT_APPLICABLE } from '../model/forms.ts';
import type { Instrument } from '../model/model.ts';
import type { Translate } from '../model/text.ts';
import { own } from '../../progress/model/ids.ts';

interface Props {
  instrument: Instrument;
  groups: ItemGroup[];
  /**
   * Every group in the HTML, the others `hidden`: the server's form, readable without
   * JavaScript and the same height as the live one. The live form draws only the group on
   * screen, so taking over from the server's form is cheap on a slow phone.
   */
  everyGroup?: boolean;
  /** Valid answers of the draft; empty until mounted. */
  answers: Record<string, number>;
  /** Answers tapped on the server's form before the island took over; saved once ready. */
  early?: Record<string, number>;
  /** The radio that had focus on the server's form, focused again on mount. */
  focus?: { name: string; value: string } | undefined;
  /** True once stored progress is applied: stepping, saving and submitting need it. */
  ready: boolean;
  /** Move focus to the current group's heading on mount (the learner switched to this view). */
  focusOnMount: boolean;
  /** Date of the latest completed result, to offer a way back to it. */
  previousAt: string | undefined;
  tr: Translate;
  onAnswer: (item: string, value: number) => void;
  onSubmit: () => void;
  onShowResult: () => void;
}

/** The radio group name of an item; `earlyAnswers` reads it back. */
const radioName = (item: string) => `item-${item}`;

/** Answers the learner ticked before the island took over, read from the page's radios. */
export function earlyAnswers(root: ParentNode, instrument: Instrument): Record<string, number> {
  const allowed = new Set([...instrument.scale.map((p) => p.value), NOT_APPLICABLE]);
  const items = new Map(instrument.items.map((i) => [radioName(i.id), i.id]));
  const out: Record<string, number> = {};
  for (const input of root.querySelectorAll<HTMLInputElement>('input[type="radio"]:checked')) {
    const item = items.get(input.name);
    const value = Number(input.value);
    if (item !== undefined && allowed.has(value)) out[item] = value;
  }
  return out;
}

export default function AssessmentForm(props: Props) {
  const { instrument, groups, ready, tr } = props;
  const [step, setStep] = useState(0);
  const [focusTick, setFocusTick] = useState(props.focusOnMount ? 1 : 0);
  const [problem, setProblem] = useState<'empty' | 'unanswered' | undefined>();
  /** Taps made before stored progress was ready; saved as soon as it is. */
  const [pending, setPending] = useState<Record<string, number>>(() => props.early ?? {});
  const form = useRef<HTMLFormElement>(null);
  const resumed = useRef(false);
  const startedHere = useRef(Object.keys(props.early ?? {}).length > 0);
  const answers = { ...props.answers, ...pending };
  const total = instrument.items.length;
  const answered = Object.keys(answers).length;
  const current = groups[step];
  const last = groups.length - 1;

  // The learner was on a radio of the server's form: stay on the same one.
  useEffect(() => {
    const f = props.focus;
    if (!f || !form.current) return;
    for (const input of form.current.querySelectorAll<HTMLInputElement>('input[type="radio"]'))
      if (input.name === f.name && input.value === f.value) return input.focus();
  }, []);
  useEffect(() => {
    if (!ready || Object.keys(pending).length === 0) return;
    for (const [item, value] of Object.entries(pending)) props.onAnswer(item, value);
    setPending({});
  }, [ready, pending, props]);
  // A returning learner starts at the first group they have not finished, unless they already began here.
  useEffect(() => {
    if (!ready || resumed.current) return;
    resumed.current = true;
    if (!startedHere.current) setStep(firstOpenGroup(groups, answers));
  }, [ready, groups, answers]);
  useEffect(() => {
    if (focusTick === 0 || !current) return;
    document.getElementById(`group-${current.key}`)?.focus();
  }, [focusTick, current]);

  const answer = (item: string, value: number) => {
    startedHere.current = true;
    if (ready) props.onAnswer(item, value);
    else setPending((p) => ({ ...p, [item]: value }));
  };
  const go = (index: number) => {
    setStep(Math.max(0, Math.min(last, index)));
    setProblem(undefined);
    setFocusTick((t) => t + 1);
  };
  const submit = () => {
    if (!ready) return;
    if (answered === 0) return setProblem('empty');
    if (answered < total) return setProblem('unanswered');
    props.onSubmit();
  };
  const groupAnswered = (g: ItemGroup) => g.items.filter((i) => own(answers, i.id) !== undefined).length;
  const showProblem = problem === 'empty' ? answered === 0 : problem === 'unanswered' && answered < total;

  return (
    <form class="assess-form" ref={form} onSubmit={(e) => e.preventDefault()} noValidate>
      <p class="assess-compare">
        <strong>{tr('assess.compare')}</strong>
      </p>
      {ready && props.previousAt && (
        <p class="meta">
          {tr('assess.previous', { date: formatDate(props.previousAt) })}{' '}
          <button type="button" class="link-button" onClick={props.onShowResult}>
            {tr('assess.previous.show')}
          </button>
        </p>
      )}
      <div class="assess-progress">
        <p id="assess-count">{tr('assess.answered', { n: answered, total })}</p>
        <ProgressBar value={answered} max={total} labelledBy="assess-count" />
        <p class={ready ? 'meta' : 'meta assess-loading'}>{tr(ready ? 'assess.autosave' : 'assess.loading')}</p>
      </div>

      {groups.map((g, i) =>
        !props.everyGroup && i !== step ? null : (
          <section class="assess-group" aria-labelledby={`group-${g.key}`} key={g.key} hidden={i !== step}>
            <p class="meta assess-group-meta">
              {`${g.title === g.factor.title ? '' : `${g.factor.title} · `}${tr('assess.step', { n: i + 1, total: groups.length })}`}
            </p>
            <h2 id={`group-${g.key}`} tabIndex={-1}>
              {g.title}
            </h2>
            {g.items.map((item) => (
              <fieldset class="likert" key={item.id} data-item={item.id}>
                <legend>
                  {/* One text node per element: Preact does not split text merged by the server while hydrating. */}
                  <span class="likert-number">{`${item.number}.`}</span>
                  {` ${item.statement}`}
                </legend>
                <div class="likert-scale">
                  {instrument.scale.map((p) => (
                    <label class="likert-option" key={p.value}>
                      <input
                        type="radio"
                        name={radioName(item.id)}
                        value={p.value}
                        checked={own(answers, item.id) === p.value}
                        onChange={() => answer(item.id, p.value)}
                      />
                      <span class="likert-value">{p.value}</span>
                      <span class="likert-label">{p.label}</span>
                    </label>
                  ))}
                </div>
                <label class="likert-option likert-na">
                  <input
                    type="radio"
                    name={radioName(item.id)}
                    value={NOT_APPLICABLE}
                    checked={own(answers, item.id) === NOT_APPLICABLE}
                    onChange={() => answer(item.id, NOT_APPLICABLE)}
                  />
                  <span class="likert-label">{tr('assess.na')}</span>
                  <span class="likert-na-hint">{tr('assess.na.hint')}</span>
                </label>
              </fieldset>
            ))}
          </section>
        ),
      )}

      {current && (
        <div class="assess-steps">
          <p class="meta">{tr('assess.groupAnswered', { n: groupAnswered(current), total: current.items.length })}</p>
          {/* Distinct keys: moving on must never turn the pressed button into another one mid-click. */}
          <div class="assess-nav">
            <button
              key="prev"
              type="button"
              class="button secondary"
              disabled={!ready || step === 0}
              onClick={() => go(step - 1)}
            >
              {`← ${tr('assess.prev')}`}
            </button>
            {step < last ? (
              <button key="next" type="button" class="button" disabled={!ready} onClick={() => go(step + 1)}>
                {`${tr('assess.next')} →`}
              </button>
            ) : (
              <button key="submit" type="button" class="button" disabled={!ready} onClick={submit}>
                {tr('assess.submit')}
              </button>
            )}
          </div>
          {showProblem && (
            <div role="alert" class="assess-problem">
              {problem === 'empty' ? (
                <p>{tr('assess.empty')}</p>
              ) : (
                <>
                  <p>{tr('assess.unanswered', { n: total - answered })}</p>
                  <p class="assess-nav">
                    <button type="button" class="button secondary" onClick={() => go(firstOpenGroup(groups, answers))}>
                      {tr('assess.unanswered.go')}
                    </button>
                    <button type="button" class="button" onClick={props.onSubmit}>
                      {tr('assess.unanswered.submit')}
                    </button>
                  </p>
                </>
              )}
            </div>
          )}
          <details class="assess-overview assess-details">
            <summary>{tr('assess.overview')}</summary>
            <ol>
              {groups.map((g, i) => {
                const n = groupAnswered(g);
                return (
                  <li key={g.key}>
                    <button
                      type="button"
                      class="link-button"
                      disabled={!ready}
                      aria-current={i === step ? 'step' : undefined}
                      onClick={() => go(i)}
                    >
                      {g.title === g.factor.title ? g.title : `${g.factor.title} · ${g.title}`}
                    </button>{' '}
                    <span class="meta">
                      {n === g.items.length
                        ? `✓ ${tr('assess.groupDone')}`
                        : tr('assess.groupCount', { n, total: g.items.length })}
                    </span>
                  </li>
                );
              })}
            </ol>
            <p>
              <button type="button" class="button secondary" disabled={!ready} onClick={submit}>
                {tr('assess.submit')}
              </button>
            </p>
          </details>
        </div>
      )}
    </form>
  );
}
