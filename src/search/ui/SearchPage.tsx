/**
 * The /search/ page: a GET form (works without JavaScript as a plain form) that, once
 * hydrated, searches as you type and keeps `?q=` in the address so the URL can be shared.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { TargetedEvent } from 'preact';
import { translator } from '../../i18n/format.ts';
import { hitContext } from '../model/outcome.ts';
import { Highlighted, SearchHelp, SearchState } from './ResultParts.tsx';
import { useSearch } from './use-search.ts';
import './search.css';

interface Props {
  /** `strings('search.')` */
  strings: Record<string, string>;
}

const LIMIT = 50;

/** The `q` parameter of the current address. */
const queryFromUrl = () => new URLSearchParams(window.location.search).get('q') ?? '';

export default function SearchPage({ strings }: Props) {
  const tr = translator(strings);
  const [query, setQuery] = useState('');
  const [hydrated, setHydrated] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const search = useSearch(query, LIMIT, hydrated, tr);

  useEffect(() => {
    const initial = queryFromUrl();
    if (inputRef.current) inputRef.current.value = initial;
    setQuery(initial);
    setHydrated(true);
    if (!initial) inputRef.current?.focus();
    const onPop = () => {
      const q = queryFromUrl();
      if (inputRef.current) inputRef.current.value = q;
      setQuery(q);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const { status, outcome, message, announcement, engine } = search;
  const hits = outcome?.hits ?? [];

  const update = (value: string) => {
    setQuery(value);
    const url = new URL(window.location.href);
    if (value.trim()) url.searchParams.set('q', value.trim());
    else url.searchParams.delete('q');
    // replaceState: typing should not leave one history entry per character.
    window.history.replaceState(null, '', url);
  };
  const onInput = (e: TargetedEvent<HTMLInputElement>) => {
    if ((e as unknown as InputEvent).isComposing) return;
    update(e.currentTarget.value);
  };
  const onSubmit = (e: TargetedEvent<HTMLFormElement>) => {
    e.preventDefault();
    update(inputRef.current?.value ?? '');
  };
  const suggest = (value: string) => {
    if (inputRef.current) inputRef.current.value = value;
    update(value);
    inputRef.current?.focus();
  };

  return (
    <div class="search-page">
      <form class="search-page-form" role="search" action="/search/" method="get" onSubmit={onSubmit}>
        <label for="search-page-input">{tr('search.label')}</label>
        <div class="search-page-row">
          <input
            id="search-page-input"
            ref={inputRef}
            type="search"
            name="q"
            placeholder={tr('search.placeholder')}
            autocomplete="off"
            spellcheck={false}
            enterkeyhint="search"
            onInput={onInput}
            onCompositionEnd={(e) => update(e.currentTarget.value)}
          />
          <button type="submit" class="button">
            {tr('search.submit')}
          </button>
        </div>
      </form>
      <SearchState view={search} tr={tr} />
      {message && <p class="search-count">{message}</p>}
      {hits.length > 0 && (
        <ol class="search-results" aria-label={tr('search.results')}>
          {hits.map((hit) => (
            <li key={hit.id} class="search-result">
              <h2>
                <a href={hit.href}>
                  <Highlighted fragments={hit.titleFragments} />
                </a>
              </h2>
              <p class="search-hit-context">{hitContext(hit, tr)}</p>
              <p class="search-hit-snippet">
                <Highlighted fragments={hit.snippet} />
              </p>
            </li>
          ))}
        </ol>
      )}
      {outcome && engine && status !== 'error' && (
        <SearchHelp outcome={outcome} modules={engine.modules} tr={tr} onSuggest={suggest} />
      )}
      <div role="status" class="visually-hidden">
        {announcement}
      </div>
    </div>
  );
}
