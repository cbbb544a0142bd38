/** Pieces both search views show: marked text, the status line, the help when little or nothing matched. */
import type { Fragment, SearchHit, SearchOutcome } from './engine.ts';
import type { SearchModule } from './index-format.ts';

type Translate = (key: string, vars?: Record<string, string | number>) => string;

/** Text with the matched pieces in `<mark>`. */
export function Highlighted({ fragments }: { fragments: readonly Fragment[] }) {
  return <>{fragments.map((f, i) => (f.mark ? <mark key={i}>{f.text}</mark> : f.text))}</>;
}

/** The one-line summary of an outcome, shown and announced: how many lessons, or why none. */
export function describeOutcome(outcome: SearchOutcome | undefined, shown: number, tr: Translate): string {
  if (!outcome) return '';
  switch (outcome.status) {
    case 'empty':
      return '';
    case 'all':
      return outcome.total > shown
        ? tr('search.count.shown', { count: outcome.total, shown })
        : tr('search.count', { count: outcome.total });
    case 'partial':
      return tr('search.partial', { query: outcome.query.trim(), count: outcome.total });
    case 'none':
      return tr('search.none', { query: outcome.query.trim() });
  }
}

/** "Module › section" under a result title. */
export function hitContext(hit: SearchHit, tr: Translate): string {
  return hit.section ? tr('search.section', { module: hit.module, section: hit.section }) : hit.module;
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
