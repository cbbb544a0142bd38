/**
 * The /search/ page: a GET form (works without JavaScript as a plain form) that, once
 * hydrated, searches as you type and keeps `?q=` in the address so the URL can be shared.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { TargetedEvent } from 'preact';
import { translator } from '../i18n/format.ts';
import { Highlighted, SearchHelp, describeOutcome, hitContext } from './ResultParts.tsx';
import { useSearchEngine } from './use-engine.ts';
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
  const [announcement, setAnnouncement] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const engine = useSearchEngine(hydrated);

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

  // Keyed on the engine itself: the hook's state object is new on every render.
  const ready = engine.status === 'ready' ? engine.engine : undefined;
  const outcome = useMemo(() => (ready && query.trim() ? ready.search(query, LIMIT) : undefined), [ready, query]);
  const hits = outcome?.hits ?? [];
  const message = describeOutcome(outcome, hits.length, tr);

  useEffect(() => {
    const id = setTimeout(() => setAnnouncement(message), 600);
    return () => clearTimeout(id);
  }, [message]);

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
      {outcome && engine.status === 'ready' && (
        <SearchHelp outcome={outcome} modules={engine.engine.modules} tr={tr} onSuggest={suggest} />
      )}
      <div role="status" class="visually-hidden">
        {announcement}
      </div>
    </div>
  );
}
