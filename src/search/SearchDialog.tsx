/**
 * The header's search: a button (also Ctrl/⌘+K and `/`) that opens a modal dialog whose
 * field is a combobox over a listbox of results, updated as you type. Before hydration,
 * and without JavaScript, it is a plain link to /search/.
 *
 * This island is on every page, so it holds only the button, the shortcuts and the
 * dialog's frame and field. The results panel (`SearchPanel.tsx`), lunr and the index
 * are fetched the first time the dialog opens.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ComponentType, TargetedEvent, TargetedKeyboardEvent } from 'preact';
import { translator } from '../i18n/format.ts';
import type { PanelProps } from './SearchPanel.tsx';
import './search.css';

interface Props {
  /** `strings('search.')` */
  strings: Record<string, string>;
}

/** What the results panel tells the field: whether the listbox shows options, and which one is active. */
export interface ComboState {
  expanded: boolean;
  activeId?: string;
}

/** The panel's handler for keys pressed in the field; returns true if it used the key. */
export type PanelKeys = (e: KeyboardEvent) => boolean;

/** The listbox the field controls (rendered by the panel). */
export const LISTBOX_ID = 'search-dialog-listbox';

/** True when a key press belongs to something the learner is typing in. */
function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  );
}

/**
 * An Enter or arrow that only confirms or moves an IME composition (注音, 倉頡, 拼音) is
 * not ours. Safari reports the confirming Enter with isComposing false, so the legacy
 * keyCode 229 ("IME is processing") is still the only reliable sign there.
 */
export const composing = (e: KeyboardEvent) => e.isComposing || e.keyCode === 229;

/** The address of the search page for a query. */
export const searchPageHref = (query: string) => `/search/?q=${encodeURIComponent(query.trim())}`;

/** The magnifier drawn beside the button label and in the field. */
export const SearchIcon = () => (
  <svg class="search-icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
    <circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" stroke-width="2.4" />
    <path d="M15.5 15.5 21 21" stroke="currentColor" stroke-width="2.4" stroke-linecap="round" />
  </svg>
);

export default function SearchDialog({ strings }: Props) {
  const tr = translator(strings);
  const [enhanced, setEnhanced] = useState(false);
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [Panel, setPanel] = useState<ComponentType<PanelProps> | null>(null);
  const [panelFailed, setPanelFailed] = useState(false);
  const [combo, setCombo] = useState<ComboState>({ expanded: false });
  const dialogRef = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const launcherRef = useRef<HTMLButtonElement & HTMLAnchorElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const panelKeys = useRef<PanelKeys | null>(null);
  const loading = useRef(false);
  const leaving = useRef(false);

  const loadPanel = () => {
    if (loading.current) return;
    loading.current = true;
    setPanelFailed(false);
    // Start the engine and the index now, alongside the panel's code, not after it.
    void import('./client.ts').then((m) => m.loadSearchEngine()).catch(() => undefined);
    import('./SearchPanel.tsx').then(
      (m) => setPanel(() => m.default),
      () => {
        loading.current = false;
        setPanelFailed(true);
      },
    );
  };

  const openDialog = () => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (!dialog.open) {
      const current = document.activeElement;
      returnFocus.current = current instanceof HTMLElement && current !== document.body ? current : launcherRef.current;
      dialog.showModal();
      setOpen(true);
      loadPanel();
    }
    inputRef.current?.focus();
    inputRef.current?.select();
  };
  const closeDialog = () => {
    if (dialogRef.current?.open) dialogRef.current.close();
  };
  const go = (href: string) => {
    leaving.current = true;
    closeDialog();
    window.location.assign(href);
  };

  // Swap the server-rendered link for the button; keep focus if it was on the link.
  useEffect(() => {
    const hadFocus = launcherRef.current !== null && document.activeElement === launcherRef.current;
    setEnhanced(true);
    if (hadFocus) requestAnimationFrame(() => launcherRef.current?.focus());
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || composing(e)) return;
      const k = e.key.toLowerCase() === 'k' && (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey;
      const slash = e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !isEditable(e.target);
      if (k || slash) {
        e.preventDefault();
        openDialog();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const onClose = () => {
    setOpen(false);
    // After picking a result in this same lesson (#section), focusing the header would
    // scroll back up over the section the learner asked for.
    if (leaving.current) {
      leaving.current = false;
      return;
    }
    const target = returnFocus.current?.isConnected ? returnFocus.current : launcherRef.current;
    target?.focus();
  };

  const onKeyDown = (e: TargetedKeyboardEvent<HTMLInputElement>) => {
    if (composing(e)) return;
    if (e.key === 'Escape') {
      // Handled here so "Escape clears a search field" does not swallow the first press.
      e.preventDefault();
      closeDialog();
    } else if (panelKeys.current?.(e)) {
      e.preventDefault();
    } else if (e.key === 'Enter' && query.trim()) {
      e.preventDefault();
      go(searchPageHref(query));
    }
  };

  const onInput = (e: TargetedEvent<HTMLInputElement>) => {
    // While an IME is composing, the field holds phonetic keys (ㄏㄨㄥˊ, hong), not a query.
    if (!(e as unknown as InputEvent).isComposing) setQuery(e.currentTarget.value);
  };

  const setField = (value: string) => {
    if (inputRef.current) {
      inputRef.current.value = value;
      inputRef.current.focus();
    }
    setQuery(value);
  };

  if (!enhanced) {
    return (
      <a class="header-button search-launch" href="/search/" ref={launcherRef}>
        <SearchIcon />
        {tr('search.open')}
      </a>
    );
  }

  return (
    <>
      <button
        type="button"
        class="header-button search-launch"
        ref={launcherRef}
        aria-haspopup="dialog"
        aria-keyshortcuts="Control+K Meta+K /"
        onClick={openDialog}
      >
        <SearchIcon />
        {tr('search.open')}
        <kbd class="search-kbd" aria-hidden="true">
          /
        </kbd>
      </button>
      <dialog
        ref={dialogRef}
        class="search-dialog"
        aria-labelledby="search-dialog-title"
        onClose={onClose}
        onClick={(e) => {
          // A click on the dialog box itself (not its panel) is a click on the backdrop.
          if (e.target === dialogRef.current) closeDialog();
        }}
      >
        <div class="search-panel">
          <div class="search-top">
            <div class="search-panel-head">
              <h2 id="search-dialog-title">{tr('search.title')}</h2>
              <button type="button" class="search-close" onClick={closeDialog}>
                {tr('search.close')}
              </button>
            </div>
            <div class="search-field">
              <SearchIcon />
              <input
                ref={inputRef}
                type="text"
                role="combobox"
                aria-label={tr('search.label')}
                aria-expanded={combo.expanded}
                aria-controls={LISTBOX_ID}
                aria-autocomplete="list"
                aria-activedescendant={combo.expanded ? combo.activeId : undefined}
                aria-describedby="search-dialog-keys"
                placeholder={tr('search.placeholder')}
                autocomplete="off"
                autocapitalize="off"
                spellcheck={false}
                enterkeyhint="go"
                onInput={onInput}
                onCompositionEnd={(e) => setQuery(e.currentTarget.value)}
                onKeyDown={onKeyDown}
              />
            </div>
          </div>
          {Panel ? (
            <Panel
              open={open}
              query={query}
              strings={strings}
              keys={panelKeys}
              onCombo={setCombo}
              onPick={go}
              onSuggest={setField}
            />
          ) : (
            <div class="search-body">
              <p class={panelFailed ? 'search-note search-error' : 'search-note'}>
                {panelFailed ? tr('search.error') : tr('search.loading')}{' '}
                {panelFailed && (
                  <button type="button" class="search-suggest" onClick={loadPanel}>
                    {tr('search.retry')}
                  </button>
                )}
              </p>
              <ul id={LISTBOX_ID} role="listbox" aria-label={tr('search.results')} hidden />
            </div>
          )}
          <div class="search-panel-foot">
            <span id="search-dialog-keys" class="search-keys">
              {tr('search.keys')}
            </span>
            {query.trim() && <a href={searchPageHref(query)}>{tr('search.all')}</a>}
          </div>
        </div>
      </dialog>
    </>
  );
}
