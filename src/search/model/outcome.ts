/** The words both search views put around results: the status line and the line under a title. */
import type { Translate } from '../../i18n/format.ts';
import type { SearchHit, SearchOutcome } from './engine.ts';

/** A translator over the `search.` strings (src/i18n/format.ts `translator`). */
export type { Translate };

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
export function hitContext(hit: Pick<SearchHit, 'module' | 'section'>, tr: Translate): string {
  return hit.section ? tr('search.section', { module: hit.module, section: hit.section }) : hit.module;
}
