/** 銷售計劃: the learner's sales plans, one open to read (with its chart) or to edit, kept on this phone. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { translator } from '../../../i18n/format.ts';
import { deleteToolRecord, newToolRecordId, restoreToolRecord, saveToolRecord } from '../../../progress/store.ts';
import { duplicateRecord } from '../../model/records.ts';
import { formatNumber, type Problem } from '../../model/result.ts';
import {
  blankPlan,
  checkPlan,
  partsSplit,
  salesDraftOf,
  salesRecordOf,
  type SalesDraft,
} from '../../model/sales-form.ts';
import { Notice, type NoticeState } from '../Notice.tsx';
import { useToolRecords } from '../use-tool-records.ts';
import { PlanView } from './PlanView.tsx';
import { SalesForm } from './SalesForm.tsx';

const itemId = () => newToolRecordId('i').slice(0, 40);

export default function SalesTool({ strings }: { strings: Record<string, string> }) {
  const tr = translator(strings);
  const list = useToolRecords('salesPlans');
  const [draft, setDraft] = useState<SalesDraft | undefined>();
  const [isNew, setIsNew] = useState(true);
  const [openId, setOpenId] = useState<string | undefined>();
  const [problems, setProblems] = useState<Problem[]>([]);
  const [notice, setNotice] = useState<NoticeState | undefined>();
  const focusRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    focusRef.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [draft?.id, openId]);

  if (!list.ready) return <p class="tool-loading">{tr('tools.loading')}</p>;

  const open = list.byId[openId ?? ''];
  const edit = (next: SalesDraft, fresh: boolean) => {
    setDraft(next);
    setIsNew(fresh);
    setProblems([]);
  };
  const save = () => {
    if (!draft) return;
    const found = checkPlan(draft);
    if (found.length > 0) {
      setProblems(found);
      return;
    }
    const saved = saveToolRecord('salesPlans', salesRecordOf(draft, new Date().toISOString()));
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
    setOpenId(saved.record.id);
    setNotice({ text: tr('tools.sales.saved', { name: saved.record.title }) });
  };
  const remove = (id: string) => {
    const title = list.byId[id]?.title ?? '';
    if (!deleteToolRecord('salesPlans', id)) return;
    if (openId === id) setOpenId(undefined);
    if (draft?.id === id) setDraft(undefined);
    setNotice({
      text: tr('tools.deleted', { name: title }),
      undo: () => {
        restoreToolRecord('salesPlans', id);
        setNotice({ text: tr('tools.restored', { name: title }) });
      },
    });
  };
  const repeat = (id: string) => {
    const source = list.byId[id];
    if (!source) return;
    const copy = duplicateRecord(source, newToolRecordId('plan'), new Date().toISOString(), {
      title: tr('tools.sales.copyTitle', { title: source.title }).slice(0, 80),
      periods: source.periods.map((p) => ({ id: p.id, label: p.label, plan: p.plan })),
    });
    setOpenId(undefined);
    edit(salesDraftOf(copy), true);
  };

  return (
    <div class="tool">
      <Notice notice={notice} undoLabel={tr('tools.undo')} />
      <section aria-labelledby="sales-list-heading" class="print-hide">
        <h2 id="sales-list-heading">{tr('tools.sales.list')}</h2>
        {list.live.length === 0 ? (
          <p class="tool-empty">{tr('tools.sales.empty')}</p>
        ) : (
          <ul class="tool-list">
            {list.live.map((plan) => {
              const split = partsSplit(salesDraftOf(plan));
              return (
                <li key={plan.id} class="card">
                  <h3>{plan.title}</h3>
                  <p>
                    {tr('tools.sales.view.total', { total: formatNumber(plan.total), unit: plan.unit })}
                    {split.ok && !split.balanced && ` · ${tr('tools.sales.unbalanced')}`}
                  </p>
                  <div class="tool-buttons">
                    <button
                      type="button"
                      class="button"
                      onClick={() => (setDraft(undefined), setOpenId(plan.id))}
                      aria-label={tr('tools.sales.open.named', { name: plan.title })}
                    >
                      {tr('tools.sales.open')}
                    </button>
                    <button
                      type="button"
                      class="button secondary"
                      onClick={() => (setOpenId(undefined), edit(salesDraftOf(plan), false))}
                      aria-label={tr('tools.edit.named', { name: plan.title })}
                    >
                      {tr('tools.edit')}
                    </button>
                    <button
                      type="button"
                      class="button secondary"
                      onClick={() => repeat(plan.id)}
                      aria-label={tr('tools.repeat.named', { name: plan.title })}
                    >
                      {tr('tools.repeat')}
                    </button>
                    <button
                      type="button"
                      class="button danger secondary"
                      onClick={() => remove(plan.id)}
                      aria-label={tr('tools.delete.named', { name: plan.title })}
                    >
                      {tr('tools.delete')}
                    </button>
                  </div>
                </li>
              );
            })}
          </ul>
        )}
        <div class="tool-buttons">
          <button
            type="button"
            class="button"
            onClick={() => (setOpenId(undefined), edit(blankPlan(newToolRecordId('plan'), itemId), true))}
          >
            {tr('tools.sales.new')}
          </button>
        </div>
      </section>
      <div ref={focusRef}>
        {draft && (
          <SalesForm
            draft={draft}
            isNew={isNew}
            problems={problems}
            tr={tr}
            newId={itemId}
            onChange={setDraft}
            onSave={save}
            onCancel={() => setDraft(undefined)}
          />
        )}
        {!draft && open && !open.deleted && (
          <>
            <PlanView plan={open} tr={tr} />
            <div class="tool-buttons">
              <button type="button" class="button secondary" onClick={() => edit(salesDraftOf(open), false)}>
                {tr('tools.sales.enterActual')}
              </button>
              <button type="button" class="button secondary" onClick={() => window.print()}>
                {tr('tools.sales.print')}
              </button>
            </div>
          </>
        )}
      </div>
    </div>
  );
}
