/** The saved records of a tool: edit, duplicate ("plan like last time"), delete with undo. */
import type { ComponentChildren } from 'preact';
import type { Translate } from '../../i18n/format.ts';
import type { Editor, StoredRecord } from './use-editor.ts';

export interface SavedItem {
  id: string;
  title: string;
  detail: string;
}

interface Props {
  heading: string;
  items: SavedItem[] | undefined;
  /** The record open in the form, marked in the list. */
  current: string | undefined;
  deleted: SavedItem | undefined;
  onEdit: (id: string) => void;
  onDuplicate: (id: string) => void;
  onDelete: (id: string) => void;
  onUndo: () => void;
  t: Translate;
}

/** The list above a tool's form; the undo line stays until the next change. */
export function SavedList({ heading, items, current, deleted, onEdit, onDuplicate, onDelete, onUndo, t }: Props) {
  return (
    <section class="saved-list" aria-labelledby="saved-heading">
      <h2 id="saved-heading">{heading}</h2>
      <div role="status" class="saved-undo">
        {deleted && (
          <p>
            {t('tools.deleted', { name: deleted.title })}{' '}
            <button type="button" class="link-button" onClick={onUndo}>
              {t('tools.undo')}
            </button>
          </p>
        )}
      </div>
      {items === undefined ? (
        <p class="meta">{t('tools.loading')}</p>
      ) : items.length === 0 ? (
        <p class="meta">{t('toolForm.empty')}</p>
      ) : (
        <ul class="saved-items">
          {items.map((item) => (
            <li key={item.id} aria-current={item.id === current ? 'true' : undefined}>
              <p class="saved-title">
                <strong>{item.title}</strong>
                {item.id === current && <span class="meta"> {t('toolForm.editing')}</span>}
              </p>
              <p class="meta">{item.detail}</p>
              <div class="saved-actions">
                <button type="button" class="button secondary" onClick={() => onEdit(item.id)}>
                  {t('tools.edit')}
                  <span class="visually-hidden">{item.title}</span>
                </button>
                <button type="button" class="button secondary" onClick={() => onDuplicate(item.id)}>
                  {t('tools.repeat')}
                  <span class="visually-hidden">{item.title}</span>
                </button>
                <button type="button" class="button secondary danger" onClick={() => onDelete(item.id)}>
                  {t('tools.delete')}
                  <span class="visually-hidden">{item.title}</span>
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * What a record tool shows above its form, wired to its editor: the saved list (edit, 照上次的做, delete with
 * undo) and the 「新的…」 button. `summary` gives each record's line in the list.
 */
export function EditorRecords<F extends object>(props: {
  editor: Editor<F>;
  records: StoredRecord<F>[] | undefined;
  summary: (record: StoredRecord<F>) => { title: string; detail: string };
  heading: string;
  newLabel: string;
  t: Translate;
}) {
  const { editor, summary } = props;
  const openRecord = (id: string, asCopy: boolean) => {
    const record = editor.find(id);
    if (record) editor.open(record, asCopy);
  };
  return (
    <>
      <SavedList
        heading={props.heading}
        items={props.records?.map((r) => ({ id: r.id, ...summary(r) }))}
        current={editor.saved ? editor.id : undefined}
        deleted={editor.deleted && { id: editor.deleted.id, ...summary(editor.deleted) }}
        onEdit={(id) => openRecord(id, false)}
        onDuplicate={(id) => openRecord(id, true)}
        onDelete={editor.remove}
        onUndo={editor.undo}
        t={props.t}
      />
      <p class="tool-new">
        <button type="button" class="button secondary" onClick={editor.start}>
          {props.newLabel}
        </button>
      </p>
    </>
  );
}

/** A record tool's form: saved by its submit button (or Enter), headed 「新的…」 or 「修改…」. */
export function EditorForm<F extends object>(props: {
  editor: Editor<F>;
  /** The id of the form's heading. */
  headingId: string;
  heading: string;
  children: ComponentChildren;
}) {
  return (
    <form
      class="record-form"
      aria-labelledby={props.headingId}
      onSubmit={(e) => {
        e.preventDefault();
        props.editor.save();
      }}
    >
      <h2 id={props.headingId}>{props.heading}</h2>
      {props.children}
    </form>
  );
}
