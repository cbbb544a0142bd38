import { describe, expect, it } from 'vitest';
import { createFolder, decodeFoldMap, encodeFoldMap, originOf } from '../../src/search/model/fold.ts';
import { buildFoldMap } from '../../src/search/build/fold-map.ts';
import { planQuery } from '../../src/search/model/query.ts';
import { splitRuns, tokenize } from '../../src/search/model/tokenize.ts';

// A fold map made the way the build makes it, from Traditional text.
const folder = createFolder(
  buildFoldMap(['紅三環缺貨,有限資金與陳列。每個月都要拜訪零售戶,這是一段簡單的測試文本。捲菸、香煙、發展']),
);
const terms = (text: string) => tokenize(text, folder).map((t) => t.term);
const termSet = (text: string) => new Set(terms(text));

describe('folding', () => {
  it.each([
    ['Traditional to the Simplified form', '紅三環', '红三环'],
    ['Simplified stays Simplified', '红三环', '红三环'],
    ['full-width Latin and digits to half-width, lower case', 'ＡＢＣ１２３', 'abc123'],
    ['full-width comma and ideographic space (。 has no half-width form)', '陳列，好。　Ａ', '陈列,好。 a'],
    ['upper case Latin', 'SKU', 'sku'],
    ['both tobacco characters to one', '菸煙', '烟烟'],
  ])('folds %s', (_, input, folded) => {
    expect(folder.fold(input)).toBe(folded);
  });

  it('needs no offset table while every character keeps its length', () => {
    expect(folder.foldWithOffsets('Ａ𠮷紅')).toEqual({ text: 'a𠮷红', from: null });
  });

  it('keeps offsets back into the original text when a character grows', () => {
    // NFKC turns the one-unit ㎏ into the two-unit kg.
    const folded = folder.foldWithOffsets('紅㎏紅');
    expect(folded).toEqual({ text: '红kg红', from: [0, 1, 1, 2, 3] });
    expect(originOf(folded, 2)).toBe(1);
  });

  it('ships the map as character pairs and reads it back', () => {
    const map = new Map([
      ['陳', '陈'],
      ['紅', '红'],
    ]);
    const encoded = encodeFoldMap(map);
    expect(encoded).toBe('紅红陳陈');
    expect(decodeFoldMap(encoded)).toEqual(map);
  });

  it('refuses a damaged pair string', () => {
    expect(() => decodeFoldMap('紅红陳')).toThrowErrorMatchingInlineSnapshot(
      `[Error: search index fold map has an odd number of characters (3); rebuild the site]`,
    );
  });

  it('maps only characters of the given text, and a Traditional query finds Simplified text too', () => {
    const map = buildFoldMap(['紅', '这是']);
    expect(map.get('紅')).toBe('红');
    expect(map.has('陳')).toBe(false);
    // 這 is not in the text, but its Simplified form 这 is.
    expect(map.get('這')).toBe('这');
  });
});

describe('tokenizer', () => {
  it('cuts a Traditional and a Simplified run into the same terms', () => {
    expect(terms('紅三環')).toEqual(terms('红三环'));
    expect(termSet('紅三環')).toEqual(new Set(['红', '三', '环', '红三', '三环']));
  });

  it('makes every two-character substring a term, across segmenter words', () => {
    // The segmenter cuts 这|是|一段|简单|的|测试|文本; 段简 and 是一 still must be terms.
    const set = termSet('這是一段簡單的測試文本');
    for (const bigram of ['这是', '是一', '一段', '段简', '简单', '单的', '的测', '测试', '试文', '文本'])
      expect(set).toContain(bigram);
  });

  it('adds segmenter words of three or more characters', () => {
    // ICU's Chinese dictionary has 巧克力 as one word.
    expect(tokenize('巧克力', folder)).toContainEqual({ term: '巧克力', kind: 'word' });
    expect(tokenize('陳列', folder).filter((t) => t.kind === 'word')).toEqual([]);
  });

  it('keeps repeats, which are term frequencies', () => {
    expect(terms('陳列陳列').filter((t) => t === '陈列')).toHaveLength(2);
  });

  it.each([
    ['punctuation', '能力、心態、市場', ['力心', '态市']],
    ['spaces', '每個 月 都', ['个月', '月都']],
    ['Latin letters', '紅A環', ['红a', 'a环', '红环']],
  ])('does not join characters across %s', (_, text, absent) => {
    const set = termSet(text);
    for (const t of absent) expect(set).not.toContain(t);
  });

  it.each([
    ['Latin words, lower-cased', 'Hello-World SKU', ['hello', 'world', 'sku']],
    ['letters and digits in one word', 'abc123', ['abc123']],
    ['thousands separators dropped', '15,000', ['15000']],
    ['full-width number', '１５，０００', ['15000']],
    ['decimal point kept', '3.5', ['3.5']],
    ['a number next to Chinese', '15,000元', ['15000', '元']],
    // 級 is not in the text the map was made from, so it stays as it is.
    ['a letter grade next to Chinese', 'A級20戶', ['a', '級', '20', '户']],
  ])('cuts %s', (_, text, expected) => {
    expect(terms(text)).toEqual(expected);
  });

  it('reports runs with their place in the folded text', () => {
    expect(splitRuns('sku管理 3.5')).toEqual([
      { kind: 'latin', text: 'sku', start: 0, end: 3 },
      { kind: 'cjk', text: '管理', start: 3, end: 5 },
      { kind: 'latin', text: '3.5', start: 6, end: 9 },
    ]);
  });

  it('finds nothing to index in punctuation and symbols', () => {
    expect(terms(',。、!?——「」…')).toEqual([]);
  });
});

describe('query plan', () => {
  it('requires every bigram of a run, the character of a one-character run, and a Latin word', () => {
    const plan = planQuery('紅三環 菸 SKU ', folder);
    expect(plan.parts.map((p) => [p.text, p.required, p.prefix])).toEqual([
      ['红三环', ['红三', '三环'], false],
      ['烟', ['烟'], false],
      ['sku', ['sku'], false],
    ]);
  });

  it('treats the last Latin word as a prefix while it is still being typed', () => {
    expect(planQuery('sk', folder).parts[0]?.prefix).toBe(true);
    expect(planQuery('sk ', folder).parts[0]?.prefix).toBe(false);
  });

  it('remembers each run as typed, for suggestions in the learner’s own script', () => {
    expect(planQuery('陈列 紅三環', folder).parts.map((p) => p.typed)).toEqual(['陈列', '紅三環']);
  });

  it('drops a repeated run', () => {
    expect(planQuery('陳列 陈列', folder).parts).toHaveLength(1);
  });
});
