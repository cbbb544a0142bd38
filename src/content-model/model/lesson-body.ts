/**
 * Parses a lesson body as MDX (the same parser the site compiles it with) and checks what it
 * contains: only the course's own components, safe links and local images, no code.
 * Every problem carries the line and column as the trainer's editor shows them.
 */
import { createProcessor } from '@mdx-js/mdx';
import type { Program } from 'estree';
import type { Node, Parent } from 'unist';
import remarkGfm from 'remark-gfm';
import type { Problem } from './problems.ts';

/** The components a lesson may use, with the attributes each accepts. */
export const LESSON_COMPONENTS = {
  Callout: { type: ['tip', 'warning', 'note'], title: null },
  Case: { title: null },
  Quiz: { id: null },
} as const satisfies Record<string, Record<string, readonly string[] | null>>;
type ComponentName = keyof typeof LESSON_COMPONENTS;

/** Plain HTML a lesson may use (everything else is refused), with its allowed attributes. */
const HTML_ELEMENTS: Record<string, readonly string[]> = {
  br: [],
  sup: [],
  sub: [],
  mark: [],
  small: [],
  abbr: ['title'],
  kbd: [],
  a: ['href', 'title'],
  img: ['src', 'alt', 'width', 'height', 'title'],
};

/** Body length bounds (CJK ideographs), a warning outside them. */
export const BODY_MIN = 800;
export const BODY_MAX = 2000;

export interface BodyContext {
  file: string;
  /** Lines before the body in the file (frontmatter and its `---` lines). */
  lineOffset: number;
  /** Ids of the course's quizzes, for `<Quiz id>`; undefined when the quizzes are broken. */
  quizIds: readonly string[] | undefined;
}

export interface BodyResult {
  problems: Problem[];
  warnings: Problem[];
  /** Ids of the quizzes the body places inline. */
  inlineQuizzes: string[];
}

interface Pos {
  start?: { line: number; column: number };
}
interface JsxAttribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: string | { type: string; value: string } | null;
}
interface JsxNode extends Node {
  name: string | null;
  attributes: JsxAttribute[];
}

const countIdeographs = (text: string) => text.match(/[\u3400-\u9fff\uf900-\ufaff]/g)?.length ?? 0;
const isComponent = (name: string): name is ComponentName => Object.hasOwn(LESSON_COMPONENTS, name);

/** The compile error's place: micromark gives a point, mdast-util-mdx-jsx only "(44:1-44:29)" in the text. */
function placeOf(err: { place?: unknown; reason?: string; message?: string }): { line: number; column: number } {
  const place = err.place as { line?: number; column?: number; start?: { line: number; column: number } } | undefined;
  if (place?.start) return place.start;
  if (place?.line) return { line: place.line, column: place.column ?? 1 };
  const m = /\((\d+):(\d+)-/.exec(err.reason ?? err.message ?? '');
  return m ? { line: Number(m[1]), column: Number(m[2]) } : { line: 1, column: 1 };
}

/** Turns the MDX compiler's English reason into what went wrong and how to fix it. */
function explainCompileError(reason: string, lineText: string, column: number): { message: string; fix: string } {
  const before = lineText.slice(0, column - 1);
  if (/\(note: to create a comment in MDX/.test(reason) || (before.endsWith('<') && lineText[column - 1] === '!')) {
    return {
      message: '課文裡不能用 HTML 註解「<!-- … -->」',
      fix: '直接刪掉這段註解；要留給自己的筆記，請寫在別的檔案',
    };
  }
  const closing = /Expected a closing tag for `<(\w+)>`/.exec(reason);
  if (closing) {
    return {
      message: `<${closing[1]}> 沒有結束標籤`,
      fix: `在這個區塊的最後單獨一行寫 </${closing[1]}>（前後各空一行）`,
    };
  }
  const unexpectedClose = /Unexpected closing tag `<\/(\w+)>`/.exec(reason);
  if (unexpectedClose) {
    return {
      message: `多了一個 </${unexpectedClose[1]}>，或它和開始標籤的名稱不一樣`,
      fix: `確認每個 <${unexpectedClose[1]}> 都有自己的結束標籤，名稱大小寫一致`,
    };
  }
  if (/in attribute (name|value)|after attribute/.test(reason) && /"/.test(lineText)) {
    return {
      message: '標籤的屬性（例如 title="…"）裡面又用了英文雙引號「"」',
      fix: '屬性裡要引用文字時，改用「」，例如 title="老闆說「這次不想進」"',
    };
  }
  if (/before name|Unexpected character/.test(reason) && before.endsWith('<')) {
    return {
      message: '文字裡有單獨的「<」，MDX 把它當成元件標籤的開頭',
      fix: '改寫成文字「小於」（例如「少於 5 條」），或用全形的「＜」',
    };
  }
  if (/Unexpected end of file|Could not parse expression|Unexpected lazy line/.test(reason)) {
    return {
      message: '這裡有沒寫完的標籤或大括號「{」',
      fix: '確認每個「<」都屬於一個完整的 <Callout>、<Case> 或 <Quiz /> 標籤；文字裡的大括號改用「」或全形的「｛｝」',
    };
  }
  return {
    message: '這一行的 MDX 寫法不對，頁面無法顯示',
    fix: '對照 content/README.md「MDX 的小陷阱」：文字裡的 < 改成「小於」，{ } 改成「」，元件名稱要寫成 <Callout>、<Case>',
  };
}

let processor: ReturnType<typeof createProcessor> | undefined;

/** The preview re-checks the whole course on every save; only the changed lesson is compiled again. */
const cache = new Map<string, BodyResult>();

/** Checks one lesson body; never throws. Results are reused while the body and its quizzes are unchanged. */
export function checkLessonBody(body: string, ctx: BodyContext): BodyResult {
  const key = [ctx.file, ctx.lineOffset, ctx.quizIds?.join(',') ?? '\u0000', body].join('\u0001');
  const hit = cache.get(key);
  if (hit) return hit;
  const result = compileAndCheck(body, ctx);
  if (cache.size > 500) cache.clear();
  cache.set(key, result);
  return result;
}

function compileAndCheck(body: string, ctx: BodyContext): BodyResult {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const inlineQuizzes: string[] = [];
  const lines = body.split('\n');
  const at = (pos: Pos | undefined) => {
    const p = pos?.start ?? { line: 1, column: 1 };
    return `第 ${p.line + ctx.lineOffset} 行第 ${p.column} 欄`;
  };
  const add = (pos: Pos | undefined, message: string, fix: string, value?: string) =>
    problems.push({ file: ctx.file, field: at(pos), value, message, fix });

  // Images (Markdown and <img>) are checked by check-lesson-images.ts: path, file, alt text, other sites.
  const checkLink = (pos: Pos | undefined, url: string) => {
    if (/^\s*(javascript|vbscript|data):/i.test(url)) {
      add(
        pos,
        '連結不能是 javascript: 或 data: 開頭，這種連結會執行程式',
        '改成一般網址（https://…）或本站的頁面路徑（/lessons/…）',
        url,
      );
    }
  };

  const checkJsx = (node: JsxNode) => {
    const pos = node.position as Pos | undefined;
    const name = node.name;
    if (name === null) {
      add(pos, '課文裡不能用空的標籤「<>」', '刪掉 <> 和 </>，直接寫內容');
      return;
    }
    for (const attr of node.attributes) {
      if (attr.type === 'mdxJsxExpressionAttribute') {
        add(pos, `<${name}> 裡不能用大括號寫程式`, '刪掉 {…}，屬性一律寫成 名稱="文字"');
        continue;
      }
      if (attr.name && /^on/i.test(attr.name)) {
        add(pos, `<${name}> 的 ${attr.name} 屬性會執行程式，課文裡不能用`, `刪掉 ${attr.name}="…"`);
        continue;
      }
      if (attr.value && typeof attr.value === 'object') {
        add(pos, `<${name}> 的 ${attr.name} 用了大括號 {…}，那是程式碼`, `改成 ${attr.name}="文字"`);
      }
    }
    const str = (key: string) => {
      const a = node.attributes.find((x) => x.type === 'mdxJsxAttribute' && x.name === key);
      return typeof a?.value === 'string' ? a.value : undefined;
    };
    if (name === 'script') {
      add(
        pos,
        '課文裡不能放 <script>：網頁上的程式只能由工程師加入',
        '刪掉整段 <script>…</script>；需要互動功能請找工程師',
      );
      return;
    }
    if (name === 'iframe' || name === 'embed' || name === 'object') {
      add(pos, `課文裡不能嵌入其他網站（<${name}>），它會把學員的資料帶到外部`, '改成一般連結：[說明文字](https://…)');
      return;
    }
    if (isComponent(name)) {
      checkComponent(name, node, pos, str);
      return;
    }
    const known = Object.keys(LESSON_COMPONENTS).find((c) => c.toLowerCase() === name.toLowerCase());
    if (known) {
      add(pos, `元件名稱的大小寫不對：<${name}>`, `寫成 <${known}>（開頭大寫），結束標籤也一樣`, name);
      return;
    }
    const allowed = HTML_ELEMENTS[name];
    if (!allowed) {
      add(
        pos,
        `課文裡不認得 <${name}> 這個標籤`,
        `只能用 ${Object.keys(LESSON_COMPONENTS)
          .map((c) => `<${c}>`)
          .join('、')}；一般文字裡的「<」請改成「小於」或全形「＜」`,
        name,
      );
      return;
    }
    for (const attr of node.attributes) {
      if (attr.type !== 'mdxJsxAttribute' || !attr.name || /^on/i.test(attr.name)) continue;
      if (!allowed.includes(attr.name)) add(pos, `<${name}> 不能用 ${attr.name} 屬性`, `刪掉 ${attr.name}="…"`);
    }
    const href = str('href');
    if (name === 'a' && href !== undefined) checkLink(pos, href);
  };

  const checkComponent = (
    name: ComponentName,
    node: JsxNode,
    pos: Pos | undefined,
    str: (k: string) => string | undefined,
  ) => {
    const spec: Record<string, readonly string[] | null> = LESSON_COMPONENTS[name];
    for (const attr of node.attributes) {
      if (attr.type !== 'mdxJsxAttribute' || !attr.name || /^on/i.test(attr.name)) continue;
      if (!Object.hasOwn(spec, attr.name)) {
        add(
          pos,
          `<${name}> 沒有 ${attr.name} 這個屬性`,
          `<${name}> 只接受：${Object.keys(spec).join('、')}`,
          attr.name,
        );
      }
    }
    const type = str('type');
    const allowedTypes = spec.type;
    if (allowedTypes && type !== undefined && !allowedTypes.includes(type)) {
      add(pos, `<${name}> 的 type 不認得`, `type 只能是 ${allowedTypes.join('、')} 其中之一`, type);
    }
    if (name === 'Case' && !str('title')) add(pos, '<Case> 缺少 title', '加上 title="案例：…"');
    if (name === 'Quiz') {
      const id = str('id');
      if (!id) add(pos, '<Quiz /> 缺少 id', '寫成 <Quiz id="測驗 id" />，測驗 id 就是 content/quizzes/ 裡的檔名');
      else {
        inlineQuizzes.push(id);
        if (ctx.quizIds && !ctx.quizIds.includes(id)) {
          add(pos, '找不到 <Quiz> 指向的測驗', `建立 content/quizzes/${id}.yaml，或改成已有的測驗 id`, id);
        }
      }
    }
  };

  const walk = (node: Node) => {
    const pos = node.position as Pos | undefined;
    switch (node.type) {
      case 'mdxjsEsm':
        add(
          pos,
          '課文裡不能寫 import 或 export：這是程式碼，會在建置時執行',
          '刪掉這一行；<Callout>、<Case>、<Quiz /> 不需要 import 就能用',
        );
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression': {
        const program = (node as Node & { data?: { estree?: Program } }).data?.estree;
        // {/* 筆記 */} is a comment and renders nothing; anything else is code.
        if (program && program.body.length === 0) return;
        add(
          pos,
          '文字裡的大括號「{…}」會被當成程式碼，頁面會壞掉',
          '改用「」或全形的「｛｝」，例如「重點」',
          (node as Node & { value?: string }).value,
        );
        return;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkJsx(node as JsxNode);
        break;
      case 'heading':
        if ((node as Node & { depth: number }).depth === 1) {
          add(pos, '課文裡不要用單一個「# 」標題：頁面標題會自動從 title 產生', '改成「## 」（兩個井字號加空格）');
        }
        break;
      case 'link':
      case 'definition':
        checkLink(pos, (node as Node & { url: string }).url);
        break;
    }
    for (const child of (node as Parent).children ?? []) walk(child);
  };

  try {
    // Parsing is where MDX finds every syntax error (and builds each {…}'s syntax tree);
    // the later compile steps only generate JavaScript, so they are skipped for speed.
    walk((processor ??= createProcessor({ remarkPlugins: [remarkGfm] })).parse(body) as Node);
  } catch (error) {
    const err = error as { place?: unknown; reason?: string; message?: string };
    const place = placeOf(err);
    const lineText = lines[place.line - 1] ?? '';
    const { message, fix } = explainCompileError(err.reason ?? err.message ?? '', lineText, place.column);
    // micromark points just after the "<" it choked on; the trainer looks for the "<".
    const column = lineText[place.column - 2] === '<' ? place.column - 1 : place.column;
    problems.push({ file: ctx.file, field: `第 ${place.line + ctx.lineOffset} 行第 ${column} 欄`, message, fix });
    return { problems, warnings, inlineQuizzes };
  }

  const n = countIdeographs(body);
  if (n < BODY_MIN || n > BODY_MAX) {
    warnings.push({
      file: ctx.file,
      field: '課文長度',
      value: `${n} 字`,
      message: `課文正文建議 ${BODY_MIN}–${BODY_MAX.toLocaleString('en')} 個中文字`,
      fix: n < BODY_MIN ? '補上例子、對話或計算，讓內容更具體' : '把內容拆成兩課，或刪掉重複的說明',
    });
  }
  return { problems, warnings, inlineQuizzes };
}
