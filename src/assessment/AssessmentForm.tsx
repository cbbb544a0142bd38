/**
 * The questionnaire. On the server (and without JavaScript) every item is listed, so the
 * page reads in full; once mounted it becomes one skill group per step, so a phone screen
 * shows four to six statements, not eighty-seven.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatDate } from '../i18n/format.ts';
import { firstOpenGroup, type ItemGroup } from './form.ts';
import type { Instrument } from './model.ts';
import type { Translate } from './text.ts';

interface Props {
  instrument: Instrument;
  groups: ItemGroup[];
  /** Valid answers of the draft; empty until mounted. */
  answers: Record<string, number>;
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

export default function AssessmentForm(props: Props) {
  const { instrument, groups, answers, ready, tr } = props;
  const [step, setStep] = useState(0);
  const [focusTick, setFocusTick] = useState(props.focusOnMount ? 1 : 0);
  const [problem, setProblem] = useState<'empty' | 'unanswered' | undefined>();
  const heading = useRef<HTMLHeadingElement>(null);
  const resumed = useRef(false);
  const total = instrument.items.length;
  const answered = Object.keys(answers).length;

  // A returning learner starts at the first group they have not finished.
  useEffect(() => {
    if (!ready || resumed.current) return;
    resumed.current = true;
    setStep(firstOpenGroup(groups, answers));
  }, [ready, groups, answers]);
  useEffect(() => {
    if (focusTick > 0) heading.current?.focus();
  }, [focusTick]);

  const go = (index: number) => {
    setStep(Math.max(0, Math.min(groups.length - 1, index)));
    setProblem(undefined);
    setFocusTick((t) => t + 1);
  };
  const submit = (event: Event) => {
    event.preventDefault();
    if (!ready) return;
    if (answered === 0) return setProblem('empty');
    if (answered < total && problem !== 'unanswered') return setProblem('unanswered');
    props.onSubmit();
  };

  const stepped = ready;
  const visible = stepped ? groups.slice(step, step + 1) : groups;
  const current = groups[step];
  const groupAnswered = (g: ItemGroup) => g.items.filter((i) => answers[i.id] !== undefined).length;

  return (
    <form class="assess-form" onSubmit={submit} noValidate>
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
        <div
          class="progress-bar"
          role="progressbar"
          aria-labelledby="assess-count"
          aria-valuemin={0}
          aria-valuemax={total}
          aria-valuenow={answered}
        >
          {/* No style attribute in the server HTML: the CSP refuses inline style attributes. */}
          <span style={answered > 0 && total ? { width: `${(answered / total) * 100}%` } : undefined} />
        </div>
        {ready && <p class="meta">{tr('assess.autosave')}</p>}
      </div>

      {visible.map((g) => (
        <section class="assess-group" aria-labelledby={`group-${g.skill}`} key={g.skill}>
          <p class="meta assess-group-meta">
            {g.factor.title}
            {stepped && ` · ${tr('assess.step', { n: step + 1, total: groups.length })}`}
          </p>
          <h2 id={`group-${g.skill}`} tabIndex={-1} ref={stepped ? heading : undefined}>
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
                      name={`item-${item.id}`}
                      value={p.value}
                      checked={answers[item.id] === p.value}
                      onChange={() => props.onAnswer(item.id, p.value)}
                    />
                    <span class="likert-value">{p.value}</span>
                    <span class="likert-label">{p.label}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          ))}
        </section>
      ))}

      {stepped && current && (
        <>
          <p class="meta">{tr('assess.groupAnswered', { n: groupAnswered(current), total: current.items.length })}</p>
          <div class="assess-nav">
            <button type="button" class="button secondary" disabled={step === 0} onClick={() => go(step - 1)}>
              ← {tr('assess.prev')}
            </button>
            {step < groups.length - 1 ? (
              <button type="button" class="button" onClick={() => go(step + 1)}>
                {tr('assess.next')} →
              </button>
            ) : (
              <button type="submit" class="button">
                {tr('assess.submit')}
              </button>
            )}
          </div>
          {problem && (
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
                    <button type="submit" class="button">
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
                  <li key={g.skill}>
                    <button
                      type="button"
                      class="link-button"
                      aria-current={i === step ? 'step' : undefined}
                      onClick={() => go(i)}
                    >
                      {g.factor.title} · {g.title}
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
              <button type="submit" class="button secondary">
                {tr('assess.submit')}
              </button>
            </p>
          </details>
        </>
      )}
    </form>
  );
}
