/**
 * "My data" on /progress/: export, import, backups and erase. It needs only the document, never
 * the statistics, so it stays usable when a record is too odd for the rest of the page to show.
 */
import { useStore } from '@nanostores/preact';
import { useRef, useState } from 'preact/hooks';
import { type Translate } from '../../i18n/format.ts';
import { formatDateTime } from '../../i18n/dates.ts';
import { COLLECTIONS, type ProgressDoc } from '../model/document.ts';
import { downloadBackup, exportProgress } from '../store.ts';
import { MAX_IMPORT_BYTES, parseImport, previewImport, type ImportPreview } from '../model/import.ts';
import { importProgress } from '../store.ts';
import { $backups, $durability, $undo, eraseProgress, undoLastChange } from '../store.ts';

interface Pending {
  doc: ProgressDoc;
  preview: ImportPreview;
  name: string;
  salvaged: { kept: number; dropped: number } | undefined;
}

export function ProgressData({ doc, ready = true, tr }: { doc: ProgressDoc; ready?: boolean; tr: Translate }) {
  const undo = useStore($undo);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error' | 'info'; text: string } | undefined>();
  const [pending, setPending] = useState<Pending | undefined>();
  const [mode, setMode] = useState<'merge' | 'replace'>('merge');
  const dialog = useRef<HTMLDialogElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const onFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    setPending(undefined);
    if (!file) return;
    // Check the size before reading so a huge file is never loaded into memory.
    const text = file.size > MAX_IMPORT_BYTES ? '' : await file.text();
    const result = parseImport(text, file.size);
    input.value = '';
    if (!result.ok) {
      setMessage({ kind: 'error', text: tr('dash.import.refused', { name: file.name, reason: result.message }) });
      return;
    }
    setMessage({ kind: 'info', text: tr('dash.import.read', { name: file.name }) });
    setPending({
      doc: result.doc,
      preview: previewImport(doc, result.doc),
      name: file.name,
      salvaged: result.salvaged,
    });
  };
  const confirmImport = () => {
    if (!pending) return;
    importProgress(pending.doc, mode);
    setPending(undefined);
    setMessage({ kind: 'ok', text: tr(mode === 'merge' ? 'dash.import.merged' : 'dash.import.replaced') });
  };
  const confirmErase = () => {
    dialog.current?.close();
    eraseProgress();
    setPending(undefined);
    setMessage({ kind: 'ok', text: tr('dash.erase.done') });
  };
  const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
  const describe = (counts: ImportPreview['added']) =>
    COLLECTIONS.filter((c) => counts[c] > 0)
      .map((c) => tr(`dash.kind.${c}`, { n: counts[c] }))
      .join('、') || tr('dash.none');
  const lastExport = doc.settings.lastExportAt;

  return (
    <section aria-labelledby="data-heading" class="card progress-data">
      <h2 id="data-heading">{tr('dash.data')}</h2>
      <p class="meta">{tr('dash.data.where')}</p>
      <Durability tr={tr} />
      <p>
        <button type="button" class="button" disabled={!ready} onClick={() => exportProgress()}>
          {tr('dash.export')}
        </button>
      </p>
      <p class="meta" data-last-export>
        {lastExport ? tr('dash.export.last', { date: formatDateTime(lastExport) }) : tr('dash.export.never')}
      </p>
      <p class="file-pick">
        <input
          id="import-file"
          ref={fileInput}
          class="visually-hidden file-input"
          type="file"
          accept="application/json,.json"
          disabled={!ready}
          onChange={onFile}
        />
        <label for="import-file" class="button secondary">
          {tr('dash.import.label')}
        </label>
      </p>
      {pending && (
        <fieldset class="import-preview">
          <legend>{tr('dash.import.preview', { name: pending.name })}</legend>
          {pending.salvaged && <p>{tr('dash.import.salvaged', pending.salvaged)}</p>}
          <p>{tr('dash.import.added', { what: describe(pending.preview.added) })}</p>
          <p>{tr('dash.import.changed', { n: sum(pending.preview.changed) })}</p>
          <p>{tr('dash.import.onlyHere', { what: describe(pending.preview.onlyHere) })}</p>
          <p>
            <label>
              <input
                type="radio"
                name="import-mode"
                value="merge"
                checked={mode === 'merge'}
                onChange={() => setMode('merge')}
              />{' '}
              {tr('dash.import.merge')}
            </label>
            <br />
            <label>
              <input
                type="radio"
                name="import-mode"
                value="replace"
                checked={mode === 'replace'}
                onChange={() => setMode('replace')}
              />{' '}
              {tr('dash.import.replace')}
            </label>
          </p>
          <p class="actions">
            <button type="button" class="button" onClick={confirmImport}>
              {tr('dash.import.confirm')}
            </button>{' '}
            <button type="button" class="button secondary" onClick={() => setPending(undefined)}>
              {tr('dash.cancel')}
            </button>
          </p>
        </fieldset>
      )}
      <div role="status" aria-live="polite" class={message?.kind === 'error' ? 'message error' : 'message'}>
        {message && (
          <p>
            {message.kind === 'error'
              ? `⚠ ${message.text}`
              : message.kind === 'ok'
                ? `✓ ${message.text}`
                : message.text}
          </p>
        )}
        {undo && message?.kind === 'ok' && (
          <button
            type="button"
            class="button secondary"
            onClick={() => {
              undoLastChange();
              setMessage({ kind: 'ok', text: tr('dash.undone') });
            }}
          >
            {tr(undo.label === 'import' ? 'dash.undo.import' : 'dash.undo.erase')}
          </button>
        )}
      </div>
      <Backups tr={tr} />
      <p>
        <button
          type="button"
          class="button secondary danger"
          disabled={!ready}
          onClick={() => dialog.current?.showModal()}
        >
          {tr('dash.erase')}
        </button>
      </p>
      <dialog ref={dialog} aria-labelledby="erase-title" class="confirm">
        <h2 id="erase-title">{tr('dash.erase.title')}</h2>
        <p>{tr('dash.erase.body')}</p>
        <form method="dialog" class="actions">
          <button type="submit" class="button secondary" autofocus>
            {tr('dash.cancel')}
          </button>{' '}
          <button type="button" class="button danger" onClick={confirmErase}>
            {tr('dash.erase.confirm')}
          </button>
        </form>
      </dialog>
    </section>
  );
}

/** Whether the browser promised to keep the data, once it was asked. */
function Durability({ tr }: { tr: Translate }) {
  const { persisted } = useStore($durability);
  if (persisted === undefined) return null;
  return <p class="meta">{tr(persisted ? 'dash.persisted' : 'dash.notPersisted')}</p>;
}

/** The backups of damaged or upgraded data, newest first, each downloadable. */
function Backups({ tr }: { tr: Translate }) {
  const backups = useStore($backups);
  if (backups.length === 0) return null;
  return (
    <div class="backups">
      <h3>{tr('dash.backups')}</h3>
      <p class="meta">{tr('dash.backups.about')}</p>
      <ul>
        {backups.map((b) => (
          <li key={b.key}>
            <button type="button" class="button secondary" onClick={() => downloadBackup(b.key, b.at)}>
              {tr('dash.backup.download', { date: formatDateTime(b.at) })}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
