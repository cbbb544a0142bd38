/**
 * The header's search dialog: a modal whose field is a combobox over a listbox of
 * results, updated as you type. The header holds only a link to /search/ and a tiny
 * script (`launcher.ts`); this code with the results panel (`SearchPanel.tsx`), lunr and
 * the index manifest are fetched the first time the learner clicks it or presses
 * Ctrl/⌘+K or `/`, and the index shards as queries need them.
 */
import { useRef, useState } from 'preact/hooks';
import type { TargetedEvent, TargetedKeyboardEvent } from 'preact';
import { translator } from '../../i18n/format.ts';
import { LISTBOX_ID, composing, searchPageHref, type ComboState, type PanelKeys } from '../model/combobox.ts';
import SearchPanel from './SearchPanel.tsx';

/** What the launcher holds to open the dialog again. */
export interface DialogControl {
  open?: () => void;
}

interface Props {
  /** `strings('search.')` */
  strings: Record<string, string>;
  /** The header's link, where focus returns on close. */
  launcher: HTMLElement;
  /** Filled with the dialog's open function while rendering. */
  control: DialogControl;
}

/** The magnifier drawn in the field (the header draws its own copy in SiteSearch.astro). */
const SearchIcon = () => (
  <svg class="search-icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
    <circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" stroke-width="2.4" />
    <path d="M15.5 15.5 21 21" stroke="currentColor" stroke-width="2.4" stroke-linecap="round" />
  </svg>
);

export default function SearchDialog({ strings, launcher, control }: Props) {
  const tr = translator(strings);
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [combo, setCombo] = useState<ComboState>({ expanded: false });
  const dialogRef = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const panelKeys = useRef<PanelKeys | null>(null);
  const leaving = useRef(false);

  const openDialog = () => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (!dialog.open) {
      const current = document.activeElement;
      returnFocus.current = current instanceof HTMLElement && current !== document.body ? current : launcher;
      dialog.showModal();
      setOpen(true);
    }
    inputRef.current?.focus();
    inputRef.current?.select();
  };
  control.open = openDialog;
  const closeDialog = () => {
    if (dialogRef.current?.open) dialogRef.current.close();
  };
  const go = (href: string) => {
    leaving.current = true;
    closeDialog();
    window.location.assign(href);
  };

  const onClose = () => {
    setOpen(false);
    // After picking a result in this same lesson (#section), focusing the header would
    // scroll back up over the section the learner asked for.
    if (leaving.current) {
      leaving.current = false;
      return;
    }
    const target = returnFocus.current?.isConnected ? returnFocus.current : launcher;
    target.focus();
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

  return (
    <>
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
          <SearchPanel
            open={open}
            query={query}
            strings={strings}
            keys={panelKeys}
            onCombo={setCombo}
            onPick={go}
            onSuggest={setField}
          />
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
