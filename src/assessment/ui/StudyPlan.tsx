/** The study plan as an ordered list: each lesson, whether it is done, and one line saying why. */
import type { PlanItem } from '../model/plan.ts';
import { describeReason, type Translate } from '../model/text.ts';

interface Props {
  items: PlanItem[];
  tr: Translate;
}

export default function StudyPlan({ items, tr }: Props) {
  return (
    <ol class="plan-list">
      {items.map((item) => (
        <li class={item.done ? 'plan-item plan-done' : 'plan-item'} key={item.lesson.id}>
          <a href={item.lesson.href}>{item.lesson.title}</a>{' '}
          <span class="plan-state">{item.done ? `✓ ${tr('plan.done')}` : tr('plan.todo')}</span>
          <span class="meta"> · {tr('plan.minutes', { minutes: item.lesson.minutes })}</span>
          <br />
          <span class="plan-reason">{describeReason(item, tr)}</span>
        </li>
      ))}
    </ol>
  );
}
