/** Pieces both search views show: marked text and the help when little or nothing matched. */
import type { Fragment, SearchOutcome } from '../model/engine.ts';
import type { SearchModule } from '../model/index-format.ts';
import type { Translate } from '../model/outcome.ts';
import type { SearchView } from './use-search.ts';

/** Text with the matched pieces in `<mark>`. */
export function Highlighted({ fragments }: { fragments: readonly Fragment[] }) {
  return <>{fragments.map((f, i) => (f.mark ? <mark key={i}>{f.text}</mark> : f.text))}</>;
}

interface HelpProps {
  outcome: SearchOutcome;
  modules: readonly SearchModule[];
  tr: Translate;
  onSuggest: (query: string) => void;
}

/** When the whole query found nothing: a shorter query that does, and (if nothing at all) the modules to browse. */
export function SearchHelp({ outcome, modules, tr, onSuggest }: HelpProps) {
  if (outcome.status !== 'none' && outcome.status !== 'partial') return null;
  const { suggestion } = outcome;
  return (
    <div class="search-help">
      {suggestion && (
        <p>
          <button type="button" class="search-suggest" onClick={() => onSuggest(suggestion.query)}>
            {tr('search.suggest', { query: suggestion.query, count: suggestion.total })}
          </button>
        </p>
      )}
      {outcome.status === 'none' && (
        <>
          <p>{tr('search.tips')}</p>
          <ul class="search-modules">
            {modules.map((m) => (
              <li key={m.id}>
                <a href={m.href}>{m.title}</a>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** Loading, failure (with a retry) or the first hint, above the results. */
export function SearchState({ view, tr }: { view: SearchView; tr: Translate }) {
  if (view.status === 'loading') return <p class="search-note">{tr('search.loading')}</p>;
  if (view.status === 'error')
    return (
      <p class="search-note search-error" role="alert">
        {tr('search.error')}{' '}
        <button type="button" class="search-suggest" onClick={view.retry}>
          {tr('search.retry')}
        </button>
      </p>
    );
  if (view.status === 'ready' && !view.outcome) return <p class="search-note">{tr('search.hint')}</p>;
  return null;
}
