/**
 * The inside of the search dialog below its field: loads the engine, runs the query,
 * shows the listbox of results, and answers the field's arrow keys and Enter. Fetched
 * by `SearchDialog` the first time the dialog opens.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { MutableRef } from 'preact/hooks';
import { translator } from '../i18n/format.ts';
import { Highlighted, SearchHelp, describeOutcome, hitContext } from './ResultParts.tsx';
import { LISTBOX_ID, type ComboState, type PanelKeys } from './SearchDialog.tsx';
import { useSearchEngine } from './use-engine.ts';

/** What the dialog hands the panel. */
export interface PanelProps {
  open: boolean;
  query: string;
  strings: Record<string, string>;
  /** The panel puts its key handler here for the field to call. */
  keys: MutableRef<PanelKeys | null>;
  onCombo: (state: ComboState) => void;
  onPick: (href: string) => void;
  onSuggest: (query: string) => void;
}

const LIMIT = 8;
const optionId = (i: number) => `search-dialog-option-${i}`;

export default function SearchPanel({ open, query, strings, keys, onCombo, onPick, onSuggest }: PanelProps) {
  const tr = translator(strings);
  const engine = useSearchEngine(true);
  const [active, setActive] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  // Keyed on the engine itself: the hook's state object is new on every render.
  const ready = engine.status === 'ready' ? engine.engine : undefined;
  const outcome = useMemo(() => (ready && query.trim() ? ready.search(query, LIMIT) : undefined), [ready, query]);
  const hits = outcome?.hits ?? [];
  const message = describeOutcome(outcome, hits.length, tr);
  const expanded = open && hits.length > 0;

  useEffect(() => setActive(0), [outcome]);
  useEffect(
    () => onCombo(expanded ? { expanded, activeId: optionId(Math.min(active, hits.length - 1)) } : { expanded }),
    [expanded, active, hits.length],
  );
  useEffect(() => {
    if (expanded) document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  }, [active, expanded]);
  useEffect(() => {
    // Announce once typing pauses, not on every keystroke.
    const id = setTimeout(() => setAnnouncement(message), 600);
    return () => clearTimeout(id);
  }, [message]);

  keys.current = (e) => {
    if (!hits.length) return false;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (i + step + hits.length) % hits.length);
      return true;
    }
    if (e.key === 'Enter') {
      const hit = hits[Math.min(active, hits.length - 1)];
      if (hit) onPick(hit.href);
      return hit !== undefined;
    }
    return false;
  };

  if (!open) return null;
  return (
    <div class="search-body">
      {engine.status === 'loading' && <p class="search-note">{tr('search.loading')}</p>}
      {engine.status === 'error' && (
        <p class="search-note search-error">
          {tr('search.error')}{' '}
          <button type="button" class="search-suggest" onClick={engine.retry}>
            {tr('search.retry')}
          </button>
        </p>
      )}
      {engine.status === 'ready' && !outcome && <p class="search-note">{tr('search.hint')}</p>}
      {message && <p class="search-count">{message}</p>}
      <ul id={LISTBOX_ID} role="listbox" aria-label={tr('search.results')} class="search-hits" hidden={!hits.length}>
        {hits.map((hit, i) => (
          <li
            key={hit.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            class="search-hit"
            onMouseMove={() => i !== active && setActive(i)}
            onClick={() => onPick(hit.href)}
          >
            <span class="search-hit-title">
              <Highlighted fragments={hit.titleFragments} />
            </span>
            <span class="search-hit-context">{hitContext(hit, tr)}</span>
            <span class="search-hit-snippet">
              <Highlighted fragments={hit.snippet} />
            </span>
          </li>
        ))}
      </ul>
      {outcome && engine.status === 'ready' && (
        <SearchHelp outcome={outcome} modules={engine.engine.modules} tr={tr} onSuggest={onSuggest} />
      )}
      <div role="status" class="visually-hidden">
        {announcement}
      </div>
    </div>
  );
}
