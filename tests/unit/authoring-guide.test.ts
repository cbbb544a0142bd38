/**
 * Keeps the trainers' guide (content/README.md) honest: every example in it is run
 * through the same content checks as the build, and every error message it quotes is
 * one the checks really print.
 *
 * Examples are fenced code blocks whose info string names what they are:
 *   ```mdx lesson file=<path>      a whole lesson file
 *   ```yaml quiz file=<path>       the start of a quiz file
 *   ```yaml question               a question appended to the quiz above it
 *   ```yaml skill                  appended under skills: in framework.yaml
 *   ```yaml module                 appended to modules.yaml
 *   ```yaml assessment-item        appended under items: of the self-assessment
 *   ```yaml glossary               entries of content/glossary.yaml
 *   ```text message                a build error, exactly as printed
 *   ```mdx wrong / ```mdx fixed    lesson text that must break / must render
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate } from '@mdx-js/mdx';
import { Fragment, jsx, jsxs } from 'preact/jsx-runtime';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { badFixtureNames, validFixture, withBadFixture } from './content-fixtures.ts';
import { ContentError, formatProblem } from '../../src/content-model/model/problems.ts';
import { glossarySchema, type QuestionType } from '../../src/course/model/schemas.ts';
import { variantFindings, variantsOf } from '../../src/content-model/model/text-guards.ts';
import {
  validateContent,
  type Content,
  type ContentFile,
  type ValidationResult,
} from '../../src/content-model/model/validate.ts';

const root = join(import.meta.dirname, '../..');
const guide = readFileSync(join(root, 'content/README.md'), 'utf8');

interface Block {
  lang: string;
  kind: string;
  attrs: Record<string, string>;
  text: string;
  /** 1-based line of the opening fence, for failure messages. */
  line: number;
}

/** Top-level fenced code blocks with their info string split into language, kind and key=value attributes. */
function fencedBlocks(markdown: string): Block[] {
  const lines = markdown.split(/\r?\n/);
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(`{3,}|~{3,})(.*)$/.exec(lines[i] ?? '');
    if (!open) continue;
    const fence = open[1] ?? '```';
    const [lang = '', kind = '', ...rest] = (open[2] ?? '').trim().split(/\s+/).filter(Boolean);
    const attrs = Object.fromEntries(rest.map((a) => [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]));
    const close = lines.findIndex((l, j) => j > i && l.startsWith(fence) && l.slice(fence.length).trim() === '');
    if (close === -1) throw new Error(`content/README.md line ${i + 1}: code block is never closed`);
    blocks.push({ lang, kind, attrs, text: lines.slice(i + 1, close).join('\n'), line: i + 1 });
    i = close;
  }
  return blocks;
}

const blocks = fencedBlocks(guide);
const ofKind = (kind: string) => blocks.filter((b) => b.kind === kind);
const where = (b: Block) => `content/README.md line ${b.line} (${b.lang} ${b.kind})`;
const appendTo = (text: string, addition: string) => `${text.replace(/\s*$/, '\n')}${addition}\n`;

/** The valid fixture with every example of the guide laid over it, as a trainer would add them. */
function assembleGuideContent(): ContentFile[] {
  const files = new Map(validFixture().map((f) => [f.path, f.text]));
  const append = (path: string, b: Block) => {
    const text = files.get(path);
    if (text === undefined) throw new Error(`${where(b)}: the fixture has no ${path} to add this to`);
    files.set(path, appendTo(text, b.text));
  };
  const assessment = [...files.keys()].find((p) => p.startsWith('content/assessments/'));
  let quizPath: string | undefined;
  for (const b of blocks) {
    const file = b.attrs['file'];
    switch (b.kind) {
      case 'lesson':
      case 'quiz':
        if (!file) throw new Error(`${where(b)}: say where the file goes with file=content/…`);
        files.set(file, b.text);
        if (b.kind === 'quiz') quizPath = file;
        break;
      case 'question':
        if (!quizPath) throw new Error(`${where(b)}: a question must come after a quiz block`);
        append(quizPath, b);
        break;
      case 'skill':
        append('content/framework.yaml', b);
        break;
      case 'module':
        append('content/modules.yaml', b);
        break;
      case 'assessment-item':
        if (!assessment) throw new Error(`${where(b)}: the fixture has no assessment`);
        append(assessment, b);
        break;
    }
  }
  return [...files].map(([path, text]) => ({ path, text }));
}

let printedMessages: string[] | undefined;
/** What the build prints for each malformed fixture (the valid fixture with the bad files laid over it). */
const fixtureMessages = () => (printedMessages ??= readFixtureMessages());
function readFixtureMessages(): string[] {
  return badFixtureNames().flatMap((name) => {
    const result = validateContent(withBadFixture(name));
    return result.ok ? [] : [new ContentError(result.problems).message];
  });
}

let validated: ValidationResult | undefined;
/** The content checks run once over the assembled examples. */
const guideResult = () => (validated ??= validateContent(assembleGuideContent()));
/** The parsed examples; fails with every problem when the examples do not pass the checks. */
function guideContent(): Content {
  const result = guideResult();
  if (!result.ok)
    throw new Error(`the guide's examples fail the content checks:\n${result.problems.map(formatProblem).join('\n')}`);
  return result.content;
}

/**
 * Compiles and runs MDX the way a lesson page does, with stand-ins for Callout and Case.
 * Running it matters: `{word}` compiles but fails when the page is built.
 */
async function renderMdx(text: string): Promise<void> {
  const { default: Content } = await evaluate(text, { Fragment, jsx, jsxs } as unknown as Parameters<
    typeof evaluate
  >[1]);
  const Stub = (props: { children?: unknown }) => props.children;
  Content({ components: { Callout: Stub, Case: Stub } as never });
}

const exampleKinds = [
  'lesson',
  'quiz',
  'question',
  'skill',
  'module',
  'assessment-item',
  'glossary',
  'message',
  'wrong',
  'fixed',
];
const questionTypes: QuestionType[] = ['single', 'multiple', 'truefalse', 'order', 'match', 'scenario'];

describe('the authoring guide content/README.md', () => {
  it.each(exampleKinds)('shows at least one "%s" example', (kind) => {
    expect(ofKind(kind).length).toBeGreaterThanOrEqual(1);
  });

  it('marks every yaml and mdx block with what it is, so none goes untested', () => {
    const unmarked = blocks
      .filter((b) => (b.lang === 'yaml' || b.lang === 'mdx') && !exampleKinds.includes(b.kind))
      .map(where);
    expect(unmarked).toEqual([]);
  });

  it.each(ofKind('glossary').map((b) => [where(b), b] as const))(
    '%s is a valid glossary whose avoid list the guard applies',
    (_w, b) => {
      const parsed = glossarySchema.safeParse(parse(b.text));
      expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
      const variants = variantsOf(parsed.success ? parsed.data : []);
      expect(variants.length).toBeGreaterThan(0);
      for (const v of variants) expect(variantFindings(`店裡的${v.avoid}`, variants)).toHaveLength(1);
    },
  );

  it('has examples that, added to a valid course, pass every build-time content check', () => {
    const result = guideResult();
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
  });

  it.each(questionTypes)('has a quiz example of the question type %s that passes the checks', (type) => {
    const guideQuizzes = new Set(ofKind('quiz').map((b) => b.attrs['file']));
    const types = guideContent()
      .quizzes.filter((q) => guideQuizzes.has(q.file))
      .flatMap((q) => q.quiz.questions.map((x) => x.type));
    expect(types).toContain(type);
  });

  it('has an example lesson that follows its own advice: Callout, Case, a table and a recap', () => {
    const files = new Set(ofKind('lesson').map((b) => b.attrs['file']));
    const lessons = guideContent().lessons.filter((l) => files.has(l.file));
    expect(lessons.length).toBe(ofKind('lesson').length);
    for (const l of lessons) {
      expect(l.body).toMatch(/<Callout type="(tip|warning|note)" title="[^"]+">/);
      expect(l.body).toMatch(/<Case title="[^"]+">/);
      expect(l.body).toMatch(/^\|---/m);
      expect(l.body).toMatch(/^## 重點回顧[ \t]*$/m);
    }
  });

  it.each(ofKind('lesson').map((b) => [b.line, b] as const))(
    'has at line %i an example lesson whose MDX renders',
    async (_line, b) => {
      const body = b.text.replace(/^---\n[\s\S]*?\n---\n/, '');
      expect(body).not.toBe(b.text);
      await expect(renderMdx(body)).resolves.toBeUndefined();
    },
  );

  it.each(ofKind('wrong').map((b) => [b.line, b] as const))(
    'shows at line %i MDX that really breaks the page',
    async (_line, b) => {
      await expect(renderMdx(b.text)).rejects.toThrow();
    },
  );

  it.each(ofKind('fixed').map((b) => [b.line, b] as const))('shows at line %i a fix that renders', async (_line, b) => {
    await expect(renderMdx(b.text)).resolves.toBeUndefined();
  });

  it.each(ofKind('message').map((b) => [b.line, b] as const))(
    'quotes at line %i an error message the checks really print',
    (_line, b) => {
      const printed = fixtureMessages();
      // Compare with the most similar real message, so a reworded message shows as a readable diff.
      const shared = (m: string) => b.text.split('\n').filter((line) => m.includes(line.slice(0, 40))).length;
      const closest = printed.find((m) => m === b.text) ?? [...printed].sort((x, y) => shared(y) - shared(x))[0];
      expect(b.text).toBe(closest);
    },
  );
});
