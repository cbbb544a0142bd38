/** One question as native form controls, and, once answered, its feedback. Shared by the quiz and the review queue. */
import type { ComponentChildren } from 'preact';
import type { Question } from '../../course/model/schemas.ts';
import type { Answer } from '../../progress/model/document.ts';
import type { Layout } from '../model/layout.ts';
import type { QuestionResult } from '../model/scoring.ts';

export type Tr = (key: string, vars?: Record<string, string | number>) => string;

interface Props {
  /** Unique per rendered question on the page, for input names and ids. */
  uid: string;
  question: Question;
  layout: Layout;
  answer: Answer | undefined;
  onAnswer: (answer: Answer) => void;
  confidence: 1 | 2 | 3 | undefined;
  onConfidence: ((value: 1 | 2 | 3) => void) | undefined;
  result: QuestionResult | undefined;
  /** Announces a change (e.g. a moved step) to screen readers. */
  announce: (text: string) => void;
  tr: Tr;
  number: number;
  /** False until the island can take answers: controls stay disabled, so no tap is silently lost. */
  ready?: boolean;
  /** What follows the controls once the answer is checked: the feedback (ui/Feedback.tsx). */
  children?: ComponentChildren;
}

export default function QuestionView(props: Props) {
  const { uid, question: q, layout, answer, onAnswer, result, tr, number, ready = true } = props;
  const locked = result !== undefined || !ready;
  const name = `${uid}-answer`;
  return (
    <fieldset class={`question${result ? ` ${result.verdict}` : ''}`} id={uid} tabIndex={-1}>
      <legend>
        <span class="q-number">{tr('quiz.number', { n: number })}</span> {q.prompt}
      </legend>
      <p class="meta q-hint">{tr(`quiz.hint.${q.type}`)}</p>
      {(q.type === 'single' || q.type === 'truefalse' || q.type === 'scenario') && (
        <ul class="options">
          {layout.options.map((id) => {
            const option = q.options.find((o) => o.id === id)!;
            return (
              <li key={id}>
                <label>
                  <input
                    type="radio"
                    name={name}
                    value={id}
                    checked={answer === id}
                    disabled={locked}
                    onChange={() => onAnswer(id)}
                  />{' '}
                  {option.text}
                </label>
              </li>
            );
          })}
        </ul>
      )}
      {q.type === 'multiple' && (
        <ul class="options">
          {layout.options.map((id) => {
            const option = q.options.find((o) => o.id === id)!;
            const chosen = Array.isArray(answer) ? answer : [];
            return (
              <li key={id}>
                <label>
                  <input
                    type="checkbox"
                    name={name}
                    value={id}
                    checked={chosen.includes(id)}
                    disabled={locked}
                    onChange={(e) =>
                      onAnswer(
                        (e.currentTarget as HTMLInputElement).checked
                          ? [...chosen, id]
                          : chosen.filter((x) => x !== id),
                      )
                    }
                  />{' '}
                  {option.text}
                </label>
              </li>
            );
          })}
        </ul>
      )}
      {q.type === 'order' && <OrderControl {...props} />}
      {q.type === 'match' && (
        <ul class="options match">
          {layout.lefts.map((pairId, i) => {
            const pair = q.pairs.find((p) => p.id === pairId)!;
            const chosen = answer && typeof answer === 'object' && !Array.isArray(answer) ? answer : {};
            const selectId = `${uid}-match-${i}`;
            return (
              <li key={pairId}>
                <label for={selectId}>{pair.left}</label>
                <select
                  id={selectId}
                  value={chosen[pairId] ?? ''}
                  disabled={locked}
                  onChange={(e) => onAnswer({ ...chosen, [pairId]: (e.currentTarget as HTMLSelectElement).value })}
                >
                  <option value="">{tr('quiz.match.choose')}</option>
                  {layout.rights.map((rightId) => (
                    <option key={rightId} value={rightId}>
                      {q.pairs.find((p) => p.id === rightId)!.right}
                    </option>
                  ))}
                </select>
              </li>
            );
          })}
        </ul>
      )}
      {props.onConfidence && result === undefined && (
        <div class="confidence" role="group" aria-label={tr('quiz.confidence')}>
          <span class="meta">{tr('quiz.confidence')}</span>
          {([1, 2, 3] as const).map((level) => (
            <label key={level}>
              <input
                type="radio"
                name={`${uid}-confidence`}
                value={level}
                checked={props.confidence === level}
                disabled={!ready}
                onChange={() => props.onConfidence?.(level)}
              />{' '}
              {tr(`quiz.confidence.${level}`)}
            </label>
          ))}
        </div>
      )}
      {props.children}
    </fieldset>
  );
}

/** Steps to put in order: a list with move-up and move-down buttons (keyboard and touch, no dragging). */
function OrderControl({ uid, question, layout, answer, onAnswer, result, tr, announce, ready = true }: Props) {
  if (question.type !== 'order') return null;
  const touched = Array.isArray(answer) && answer.length > 0;
  const order = touched ? answer : layout.items;
  const locked = result !== undefined || !ready;
  const move = (from: number, to: number) => {
    const next = [...order];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item!);
    onAnswer(next);
    const text = question.items.find((i) => i.id === item)?.text ?? '';
    announce(tr('quiz.order.moved', { text, position: to + 1 }));
    // Keep focus on the same button of the moved item so repeated presses keep moving it.
    requestAnimationFrame(() => document.getElementById(`${uid}-${item}-${from > to ? 'up' : 'down'}`)?.focus());
  };
  const list = (
    <ol class="order-list">
      {order.map((id, i) => {
        const text = question.items.find((item) => item.id === id)?.text ?? id;
        return (
          <li key={id}>
            <span class="order-text">{text}</span>
            <span class="order-buttons">
              <button
                type="button"
                id={`${uid}-${id}-up`}
                class="small-button"
                disabled={locked || i === 0}
                aria-label={tr('quiz.order.up', { text })}
                onClick={() => move(i, i - 1)}
              >
                ↑
              </button>
              <button
                type="button"
                id={`${uid}-${id}-down`}
                class="small-button"
                disabled={locked || i === order.length - 1}
                aria-label={tr('quiz.order.down', { text })}
                onClick={() => move(i, i + 1)}
              >
                ↓
              </button>
            </span>
          </li>
        );
      })}
    </ol>
  );
  // The starting order is not an answer: the learner moves a step or says this order is theirs.
  return (
    <>
      {list}
      {result === undefined && (
        <p class="order-confirm">
          <button
            type="button"
            class="small-button"
            aria-pressed={touched}
            disabled={!ready}
            onClick={() => {
              if (!touched) onAnswer([...order]);
              announce(tr('quiz.order.confirmed'));
            }}
          >
            {touched ? `✓ ${tr('quiz.order.confirmed')}` : tr('quiz.order.confirm')}
          </button>
        </p>
      )}
    </>
  );
}
