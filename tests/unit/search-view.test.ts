import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/format.ts';
import { strings } from '../../src/i18n/index.ts';
import { searchPageHref } from '../../src/search/model/combobox.ts';
import type { SearchOutcome } from '../../src/search/model/engine.ts';
import { describeOutcome, hitContext } from '../../src/search/model/outcome.ts';
import { composing, isSearchShortcut, type KeyPress } from '../../src/search/model/shortcut.ts';

const tr = translator(strings('search.'));
const key = (k: string, parts: Partial<KeyPress> = {}): KeyPress => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  isComposing: false,
  keyCode: 0,
  ...parts,
});
const outcome = (parts: Partial<SearchOutcome>): SearchOutcome => ({
  query: '陳列',
  status: 'all',
  hits: [],
  total: 0,
  ...parts,
});

describe('the status line', () => {
  it('counts lessons, and says when only the best are listed', () => {
    expect(describeOutcome(outcome({ total: 3 }), 3, tr)).toBe('找到 3 課');
    expect(describeOutcome(outcome({ total: 12 }), 8, tr)).toBe('找到 12 課，先列出最相關的 8 課');
  });

  it('names the query when nothing or only part of it matched, as typed', () => {
    expect(describeOutcome(outcome({ status: 'none', query: ' 陳列技巧 ' }), 0, tr)).toBe(
      '找不到符合「陳列技巧」的課程。',
    );
    expect(describeOutcome(outcome({ status: 'partial', query: '每個月都', total: 2 }), 2, tr)).toContain(
      '「每個月都」',
    );
  });

  it('says nothing for an empty query or no outcome yet', () => {
    expect(describeOutcome(outcome({ status: 'empty' }), 0, tr)).toBe('');
    expect(describeOutcome(undefined, 0, tr)).toBe('');
  });

  it('puts the section after the module when the match is in a section', () => {
    expect(hitContext({ module: '營銷實務', section: '陳列要點' }, tr)).toBe('營銷實務 › 陳列要點');
    expect(hitContext({ module: '營銷實務' }, tr)).toBe('營銷實務');
  });
});

describe('keys', () => {
  it('opens search with Ctrl+K, ⌘K and / outside a field', () => {
    expect(isSearchShortcut(key('k', { ctrlKey: true }), true)).toBe(true);
    expect(isSearchShortcut(key('K', { metaKey: true }), false)).toBe(true);
    expect(isSearchShortcut(key('/'), false)).toBe(true);
  });

  it('leaves / to a field being typed in, and other chords alone', () => {
    expect(isSearchShortcut(key('/'), true)).toBe(false);
    expect(isSearchShortcut(key('k'), false)).toBe(false);
    expect(isSearchShortcut(key('k', { ctrlKey: true, shiftKey: true }), false)).toBe(false);
    expect(isSearchShortcut(key('/', { altKey: true }), false)).toBe(false);
  });

  it('ignores a key that only confirms an IME composition, also as Safari reports it', () => {
    expect(composing(key('Enter', { isComposing: true }))).toBe(true);
    expect(composing(key('Enter', { keyCode: 229 }))).toBe(true);
    expect(isSearchShortcut(key('/', { keyCode: 229 }), false)).toBe(false);
  });

  it('links the search page with the trimmed query', () => {
    expect(searchPageHref(' 紅三環 ')).toBe(`/search/?q=${encodeURIComponent('紅三環')}`);
  });
});
