/**
 * The inside of the search dialog below its field: loads the engine, runs the query,
 * shows the listbox of results, and answers the field's arrow keys and Enter. Fetched
 * by `SearchDialog` the first time the dialog opens.
 */
import { useEffect, useState } from 'preact/hooks';
import type { MutableRef } from 'preact/hooks';
import { translator } from '../../i18n/format.ts';
import { LISTBOX_ID, optionId, type ComboState, type PanelKeys } from '../model/combobox.ts';
import { hitContext } from '../model/outcome.ts';
import { Highlighted, SearchHelp, SearchState } from './ResultParts.tsx';
import { useSearch } from './use-search.ts';

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

export default function SearchPanel({ open, query, strings, keys, onCombo, onPick, onSuggest }: PanelProps) {
  const tr = translator(strings);
  const search = useSearch(query, LIMIT, true, tr);
  const { outcome, message, announcement, engine } = search;
  const [active, setActive] = useState(0);
  const hits = outcome?.hits ?? [];
  const expanded = open && hits.length > 0;

  useEffect(() => setActive(0), [outcome]);
  useEffect(
    () => onCombo(expanded ? { expanded, activeId: optionId(Math.min(active, hits.length - 1)) } : { expanded }),
    [expanded, active, hits.length],
  );
  useEffect(() => {
    if (expanded) document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  }, [active, expanded]);
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
      <SearchState view={search} tr={tr} />
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
      {outcome && engine && <SearchHelp outcome={outcome} modules={engine.modules} tr={tr} onSuggest={onSuggest} />}
      <div role="status" class="visually-hidden">
        {announcement}
      </div>
    </div>
  );
}
