/** The day view: the day's visits in route order, each flagged 走馬觀花 (in words) when it has no purpose. */
import type { Translate } from '../../../i18n/format.ts';
import type { VisitRecord } from '../../model/records.ts';
import type { DayVisit, VisitWarning } from '../../model/visit.ts';

interface Props {
  visits: DayVisit[];
  warnings: VisitWarning[];
  byId: Readonly<Record<string, VisitRecord>>;
  tr: Translate;
  onEdit: (id: string) => void;
  onRepeat: (id: string) => void;
  onDelete: (id: string) => void;
}

export function DayList({ visits, warnings, byId, tr, onEdit, onRepeat, onDelete }: Props) {
  if (visits.length === 0) return <p class="tool-empty">{tr('tools.visit.day.empty')}</p>;
  return (
    <>
      {warnings.map((w) => (
        <p class="tool-warning" key={w.message}>
          {w.message}
        </p>
      ))}
      <ol class="tool-list">
        {visits.map(({ visit, position, aimless }) => {
          const record = byId[visit.id]!;
          const name = record.grade ? `${record.retailer}（${record.grade}）` : record.retailer;
          return (
            <li key={visit.id} class={`card${aimless ? ' aimless' : ''}`}>
              <h3>
                {tr('tools.visit.stop', { n: position })}
                {record.time ? ` · ${record.time}` : ''} · {name}
              </h3>
              {aimless ? (
                <p class="tool-warning">
                  <strong>{tr('tools.visit.aimless')}</strong> {tr('tools.visit.aimless.short')}
                </p>
              ) : (
                <p>
                  <strong>{tr('tools.visit.field.purpose')}：</strong>
                  {record.purpose}
                </p>
              )}
              {record.outcome && (
                <p class="meta">
                  {tr('tools.visit.field.outcome')}：{record.outcome}
                </p>
              )}
              <div class="tool-buttons">
                <button
                  type="button"
                  class="button secondary"
                  onClick={() => onEdit(visit.id)}
                  aria-label={tr('tools.edit.named', { name })}
                >
                  {tr('tools.edit')}
                </button>
                <button
                  type="button"
                  class="button secondary"
                  onClick={() => onRepeat(visit.id)}
                  aria-label={tr('tools.repeat.named', { name })}
                >
                  {tr('tools.repeat')}
                </button>
                <button
                  type="button"
                  class="button danger secondary"
                  onClick={() => onDelete(visit.id)}
                  aria-label={tr('tools.delete.named', { name })}
                >
                  {tr('tools.delete')}
                </button>
              </div>
            </li>
          );
        })}
      </ol>
    </>
  );
}

/** The day's route sheet as printed: every visit with its whole plan. */
export function PrintDay({
  date,
  visits,
  byId,
  tr,
}: {
  date: string;
  visits: DayVisit[];
  byId: Readonly<Record<string, VisitRecord>>;
  tr: Translate;
}) {
  const row = (label: string, value: string | undefined) =>
    value ? (
      <p>
        <strong>{label}：</strong>
        {value}
      </p>
    ) : null;
  return (
    <section class="print-only">
      <h2>{tr('tools.visit.print.title', { date })}</h2>
      {visits.map(({ visit, position, aimless }) => {
        const r = byId[visit.id]!;
        return (
          <div class="print-visit" key={r.id}>
            <h3>
              {tr('tools.visit.stop', { n: position })}
              {r.time ? ` · ${r.time}` : ''} · {r.retailer}
              {r.grade ? `（${r.grade}）` : ''}
            </h3>
            {aimless ? <p>{tr('tools.visit.aimless')}</p> : row(tr('tools.visit.field.purpose'), r.purpose)}
            {row(tr('tools.visit.field.current.sales'), r.current.sales)}
            {row(tr('tools.visit.field.current.stock'), r.current.stock)}
            {row(tr('tools.visit.field.current.display'), r.current.display)}
            {row(tr('tools.visit.field.current.issues'), r.current.issues)}
            {row(tr('tools.visit.field.desired'), r.desired)}
            {row(tr('tools.visit.field.actions'), r.actions)}
            {row(tr('tools.visit.field.bring'), r.bring)}
            {row(tr('tools.visit.field.outcome'), r.outcome)}
            {row(
              tr('tools.visit.field.nextStep'),
              r.nextStep && `${r.nextStep}${r.nextStepDate ? `（${r.nextStepDate}）` : ''}`,
            )}
          </div>
        );
      })}
    </section>
  );
}
