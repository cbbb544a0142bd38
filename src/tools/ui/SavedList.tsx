/** The saved records of a tool: edit, duplicate ("plan like last time"), delete with undo. */
import type { Translate } from '../../i18n/format.ts';

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
