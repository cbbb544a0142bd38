/**
 * The drift guard of the Simplified edition: OpenCC's phrase mode (twp) as a detector over everything a
 * learner reads, so no Taiwan word reaches the mainland edition undecided; and the edition converted from
 * the course still copies nothing from the article.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createConverter, loadTerms, plain } from '../../src/edition/build/convert.ts';
import { describeUndecided, findUndecided } from '../../src/edition/build/drift.ts';
import { readTerms } from '../../src/edition/model/terms.ts';
import { findSimplified } from '../../src/content-model/model/simplified.ts';

const root = process.cwd();
const list = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? list(full) : [relative(root, full).split(sep).join('/')];
  });

/**
 * What the learner reads: lessons, quizzes, the assessment, framework and modules, glossary, cast, and the
 * strings of the site's code (UI strings, and messages written in code). Build-time messages for trainers
 * (content checks, the edition's own build) are not part of the site.
 */
const sources = [
  ...list(join(root, 'content')).filter((f) => /\.(mdx|ya?ml)$/.test(f) && f !== 'content/zh-hans.yaml'),
  ...list(join(root, 'src')).filter(
    (f) => /\.(ts|tsx|astro)$/.test(f) && !/\/build\//.test(f) && !/^src\/(content-model|edition)\//.test(f),
  ),
];
/** Comment lines are not shown to anyone: YAML `#`, code `//`, `/*`, ` *`, MDX `{/*`. */
const withoutComments = (text: string) =>
  text
    .split('\n')
    .map((line) => (/^\s*(\/\/|\/\*|\*|#|\{\/\*)/.test(line) ? '' : line))
    .join('\n');

const { table } = loadTerms(root);

describe('the drift guard', () => {
  it('reads every kind of content the edition converts', () => {
    for (const part of [
      'content/lessons/',
      'content/quizzes/',
      'content/assessments/',
      'content/framework.yaml',
      'content/modules.yaml',
      'content/glossary.yaml',
      'src/i18n/zh-Hant.ts',
    ])
      expect(sources.some((f) => f.startsWith(part))).toBe(true);
  });

  it('finds no phrase the terms table has not decided', () => {
    const undecided = sources.flatMap((f) =>
      findUndecided(f, withoutComments(readFileSync(join(root, f), 'utf8')), table),
    );
    const report = undecided.map(describeUndecided);
    expect(
      report,
      `簡體版用語表還有 ${report.length} 處沒有決定（詞組模式和字元轉換寫得不一樣）：\n${report.join('\n')}`,
    ).toEqual([]);
  });

  it('stops a new Taiwan word with its file, line, both conversions and what to do, in Chinese', () => {
    const text = '第一行\n請先開啟軟體，再看新品資料與銷售資料。\n';
    const lines = findUndecided('content/lessons/x/new.mdx', text, table).map(describeUndecided);
    expect(lines).toEqual([
      expect.stringMatching(
        /^content\/lessons\/x\/new\.mdx 第 2 行：「軟體」字元轉換是「软体」，詞組模式會寫成「软件」。請在 content\/zh-hans\.yaml 決定：convert 寫「軟體: 簡體寫法」，或在 keep 加「- 軟體」/,
      ),
    ]);
  });

  it('asks for a decision at each watched word, unless a longer entry decides that place', () => {
    const { table: watched } = readTerms('convert:\n  找主管: 找领导\nkeep:\n  - 主管部門\nwatch:\n  - 主管\n', {
      plain,
      simplifiedIn: (s) => findSimplified(s).map((f) => f.char),
    });
    const found = findUndecided('content/a.mdx', '主管部門、找主管\n向主管報告\n', watched);
    expect(found.map((u) => [u.line, u.phrase, u.phraseMode])).toEqual([[2, '主管', undefined]]);
    expect(describeUndecided(found[0]!)).toContain('這個詞在用語表的 watch 裡，每一處都要決定');
  });

  it('counts the decisions trainers made', () => {
    const convert = table.entries.filter((e) => e.to !== undefined).length;
    const keep = table.entries.length - convert;
    expect(convert).toBeGreaterThan(50);
    expect(keep).toBeGreaterThan(20);
    expect(table.watch.map((w) => w.from)).toContain('資料');
  });
});

// ── The Simplified edition copies no run from the article either ─────────────────────
const articlePath = join(root, '../shared/source/source-article.zh-Hant.txt');
const RUN = 20;
const normalise = (text: string) =>
  text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[「」『』“”‘’"'＂]/g, '"');

describe('no copying from the source article, in the Simplified edition', () => {
  const hans = createConverter(table);
  const lessons = sources.filter((f) => f.startsWith('content/') && f !== 'content/cast.yaml');

  it('converts the article the same two ways and finds no run of 20 characters in the converted course', () => {
    expect(existsSync(articlePath), `找不到來源文章 ${articlePath}`).toBe(true);
    const source = readFileSync(articlePath, 'utf8');
    const runs = new Set<string>();
    for (const article of [normalise(plain(source)), normalise(hans(source))])
      for (let i = 0; i + RUN <= article.length; i++) runs.add(article.slice(i, i + RUN));
    const copied = lessons.flatMap((f) => {
      const t = normalise(hans(readFileSync(join(root, f), 'utf8')));
      const hits: string[] = [];
      for (let i = 0; i + RUN <= t.length; i++)
        if (runs.has(t.slice(i, i + RUN))) hits.push(`${f}: ${t.slice(i, i + RUN)}`);
      return hits;
    });
    expect(copied).toEqual([]);
  });
});
