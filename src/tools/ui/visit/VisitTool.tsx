/** 拜訪計劃: the day view of planned visits and the form to plan one, kept in the progress document on this phone. */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { translator } from '../../../i18n/format.ts';
import { deleteToolRecord, newToolRecordId, restoreToolRecord, saveToolRecord } from '../../../progress/store.ts';
import { duplicateRecord } from '../../model/records.ts';
import type { Problem } from '../../model/result.ts';
import { checkVisit, dayView, type VisitWarning } from '../../model/visit.ts';
import {
  blankVisit,
  draftOf,
  lastClosingNote,
  localDate,
  planOf,
  recordOf,
  repeatChanges,
  type VisitDraft,
} from '../../model/visit-form.ts';
import { Notice, type NoticeState } from '../Notice.tsx';
import { useToolRecords } from '../use-tool-records.ts';
import { DayList, PrintDay } from './DayList.tsx';
import { VisitForm } from './VisitForm.tsx';

export default function VisitTool({ strings }: { strings: Record<string, string> }) {
  const tr = translator(strings);
  const list = useToolRecords('visits');
  const [day, setDay] = useState('');
  const [draft, setDraft] = useState<VisitDraft | undefined>();
  const [isNew, setIsNew] = useState(true);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [warnings, setWarnings] = useState<VisitWarning[]>([]);
  const [notice, setNotice] = useState<NoticeState | undefined>();
  const formRef = useRef<HTMLDivElement>(null);

  useEffect(() => setDay(localDate(new Date())), []);
  useEffect(() => {
    if (draft) formRef.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [draft?.id]);

  const plans = useMemo(() => list.live.map((r) => planOf(draftOf(r))), [list.live]);
  const view = useMemo(() => (day ? dayView(plans, day) : undefined), [plans, day]);
  const others = list.live.filter((r) => r.date !== day);

  if (!list.ready || !day) return <p class="tool-loading">{tr('tools.loading')}</p>;

  const name = (id: string) => list.byId[id]?.retailer ?? '';
  const open = (next: VisitDraft, fresh: boolean) => {
    setDraft(next);
    setIsNew(fresh);
    setProblems([]);
    const check = checkVisit(planOf(next));
    setWarnings(check.ok ? check.warnings : []);
  };
  const change = (next: VisitDraft) => {
    setDraft(next);
    const check = checkVisit(planOf(next));
    setWarnings(check.ok ? check.warnings : []);
  };
  const save = () => {
    if (!draft) return;
    const check = checkVisit(planOf(draft));
    if (!check.ok) {
      setProblems(check.problems);
      return;
    }
    const saved = saveToolRecord('visits', recordOf(draft, new Date().toISOString()));
    if (!saved.ok) {
      setProblems([
        {
          field: String(saved.problem.path[0] ?? ''),
          message: tr('tools.invalid', { field: saved.problem.path.join('.') }),
        },
      ]);
      return;
    }
    setDraft(undefined);
    setDay(saved.record.date);
    setNotice({ text: tr('tools.visit.saved', { name: saved.record.retailer, date: saved.record.date }) });
  };
  const remove = (id: string) => {
    const retailer = name(id);
    if (!deleteToolRecord('visits', id)) return;
    if (draft?.id === id) setDraft(undefined);
    setNotice({
      text: tr('tools.deleted', { name: retailer }),
      undo: () => {
        restoreToolRecord('visits', id);
        setNotice({ text: tr('tools.restored', { name: retailer }) });
      },
    });
  };
  const repeat = (id: string) => {
    const source = list.byId[id];
    if (!source) return;
    const copy = duplicateRecord(source, newToolRecordId('visit'), new Date().toISOString(), repeatChanges(day));
    open(draftOf(copy), true);
  };

  return (
    <div class="tool">
      <Notice notice={notice} undoLabel={tr('tools.undo')} />
      <section aria-labelledby="visit-day-heading" class="print-hide">
        <h2 id="visit-day-heading">{tr('tools.visit.day.title')}</h2>
        <div class="tool-field">
          <label for="visit-day">{tr('tools.visit.day.pick')}</label>
          <input
            id="visit-day"
            type="date"
            value={day}
            onInput={(e) => e.currentTarget.value && setDay(e.currentTarget.value)}
          />
        </div>
        <p class="meta" aria-live="polite">
          {view?.ok ? tr('tools.visit.day.count', { n: view.visits.length, aimless: view.aimless }) : ''}
        </p>
        {view?.ok && (
          <DayList
            visits={view.visits}
            warnings={view.warnings}
            byId={list.byId}
            tr={tr}
            onEdit={(id) => open(draftOf(list.byId[id]!), false)}
            onRepeat={repeat}
            onDelete={remove}
          />
        )}
        <div class="tool-buttons">
          <button type="button" class="button" onClick={() => open(blankVisit(newToolRecordId('visit'), day), true)}>
            {tr('tools.visit.new')}
          </button>
          {view?.ok && view.visits.length > 0 && (
            <button type="button" class="button secondary" onClick={() => window.print()}>
              {tr('tools.visit.print')}
            </button>
          )}
        </div>
      </section>
      <div ref={formRef}>
        {draft && (
          <VisitForm
            draft={draft}
            isNew={isNew}
            problems={problems}
            warnings={warnings}
            closing={lastClosingNote(list.live, draft.retailer, draft.date, draft.id)}
            tr={tr}
            onChange={change}
            onSave={save}
            onCancel={() => setDraft(undefined)}
          />
        )}
      </div>
      {others.length > 0 && (
        <section aria-labelledby="visit-others-heading" class="tool-others">
          <h2 id="visit-others-heading">{tr('tools.visit.others')}</h2>
          <ul class="tool-compact">
            {others.map((r) => (
              <li key={r.id}>
                <button type="button" class="link-button" onClick={() => setDay(r.date)}>
                  {r.date} · {r.retailer}
                  {r.purpose ? '' : ` · ${tr('tools.visit.aimless')}`}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {view?.ok && <PrintDay date={day} visits={view.visits} byId={list.byId} tr={tr} />}
    </div>
  );
}
