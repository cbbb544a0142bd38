/**
 * Build time only: one built Traditional page → its Simplified twin. Text nodes and the text attributes
 * are converted; URLs, ids, class names, code, inline scripts and styles are not (so the page's
 * Content-Security-Policy hashes still hold). Internal links and script URLs move under `/zh-hans/`.
 */
import { HANS_PREFIX } from '../model/paths.ts';

/** What a page transform needs: the converter and which top-level names of the site have twins. */
export interface TwinContext {
  convert: (text: string) => string;
  /** Top-level names in the built site that have a Simplified twin (`lessons`, `quiz-strings.json`…). */
  roots: ReadonlySet<string>;
}

/** Attributes holding a URL (rewritten, never converted). */
const URL_ATTRS = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'poster',
  'component-url',
  'renderer-url',
  'before-hydration-url',
]);
/** Attributes that are names, ids or machine values: left exactly as they are. */
const KEEP_ATTRS = new Set([
  'id',
  'class',
  'for',
  'name',
  'type',
  'rel',
  'style',
  'integrity',
  'crossorigin',
  'http-equiv',
  'charset',
  'hreflang',
  'lang',
  'width',
  'height',
  'loading',
  'decoding',
  'sizes',
  'srcset',
  'client',
  'component-export',
  'ssr',
  'await-children',
  'role',
  'method',
  'media',
  'as',
  'fetchpriority',
  'autocomplete',
  'inputmode',
  'pattern',
  'tabindex',
  'headers',
  'aria-controls',
  'aria-labelledby',
  'aria-describedby',
  'aria-owns',
  'aria-activedescendant',
  'list',
  'form',
  'slot',
  'datetime',
  'opts',
  'enterkeyhint',
  'data-zh-hans',
]);
/** Elements whose text is code or machine text. */
const CODE = new Set(['code', 'pre', 'kbd', 'samp', 'var']);
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
const RAW = new Set(['script', 'style', 'textarea']);

const TAG = /<\/?([a-zA-Z][\w:-]*)((?:\s+[^\s=>"'/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?)*)\s*(\/?)>/y;
const ATTR = /(\s+)([^\s=>"'/]+)(?:(\s*=\s*)(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g;

/** A URL of the site moved into the Simplified edition when it has a twin; any other URL as it was. */
export function twinUrl(url: string, roots: ReadonlySet<string>): string {
  if (!url.startsWith('/') || url.startsWith('//')) return url;
  if (url === HANS_PREFIX || url.startsWith(`${HANS_PREFIX}/`)) return url;
  const path = url.split(/[?#]/, 1)[0]!;
  if (/^\/_astro\/[^/]+\.m?js$/.test(path)) return HANS_PREFIX + url;
  if (path === '/') return `${HANS_PREFIX}${url}`;
  const first = path.split('/')[1] ?? '';
  return roots.has(first) ? HANS_PREFIX + url : url;
}

const decode = (s: string) =>
  s.replace(
    /&(quot|amp|lt|gt|#39|#x27);/g,
    (_, e: string) => ({ quot: '"', amp: '&', lt: '<', gt: '>', '#39': "'", '#x27': "'" })[e] ?? _,
  );

/** Internal paths inside an attribute that holds JSON (island props): `&quot;/lessons/…` → under /zh-hans/. */
function twinEmbeddedPaths(value: string, roots: ReadonlySet<string>): string {
  return value.replace(/(&quot;|")(\/[^"&\s]*)/g, (_whole, quote: string, url: string) => quote + twinUrl(url, roots));
}

interface Open {
  name: string;
  /** Text inside is left as it is (code, an element marked zh-Hant). */
  keep: boolean;
  /** Text inside is replaced by the element's `data-zh-hans` (the escape hatch): drop what is there. */
  drop: boolean;
}

function attrValue(attrs: string, name: string): string | undefined {
  for (const m of attrs.matchAll(ATTR)) if (m[2]!.toLowerCase() === name) return m[4] ?? m[5] ?? m[6] ?? '';
  return undefined;
}

function transformAttrs(tag: string, attrs: string, ctx: TwinContext): string {
  const hreflang = attrValue(attrs, 'hreflang');
  const choice = tag === 'input' ? attrValue(attrs, 'type') : undefined;
  return attrs.replace(
    ATTR,
    (whole, space: string, rawName: string, eq: string | undefined, dq?: string, sq?: string, bare?: string) => {
      const value = dq ?? sq ?? bare;
      if (value === undefined || eq === undefined) return whole;
      const name = rawName.toLowerCase();
      const quote = dq !== undefined ? '"' : sq !== undefined ? "'" : '';
      let next: string;
      if (tag === 'html' && name === 'lang') next = 'zh-Hans';
      else if (URL_ATTRS.has(name))
        next = hreflang !== undefined ? value : twinUrl(decode(value), ctx.roots).replace(/&/g, '&amp;');
      else if (
        KEEP_ATTRS.has(name) ||
        (name === 'value' && (tag === 'option' || choice === 'radio' || choice === 'checkbox'))
      )
        next = value;
      else next = twinEmbeddedPaths(ctx.convert(value), ctx.roots);
      return next === value ? whole : `${space}${rawName}${eq}${quote}${next}${quote}`;
    },
  );
}

/**
 * The switcher link in the Traditional page points to `/zh-hans/…`; in the twin it points back, says so in
 * Traditional (`data-other-label`) and carries `lang="zh-Hant"` so the text is read and kept as Traditional.
 */
function switchBack(tagText: string, attrs: string): { tag: string; label: string } {
  const href = attrValue(attrs, 'href') ?? '/';
  const label = attrValue(attrs, 'data-other-label') ?? '';
  const back = href.startsWith(`${HANS_PREFIX}/`) ? href.slice(HANS_PREFIX.length) : href;
  const tag = tagText
    .replace(/\shref="[^"]*"/, ` href="${back}"`)
    .replace(/\shreflang="[^"]*"/, ' hreflang="zh-Hant"')
    .replace(/\slang="[^"]*"/, ' lang="zh-Hant"');
  return { tag, label };
}

/** The Simplified twin of one built page. */
export function twinHtml(html: string, ctx: TwinContext): string {
  const out: string[] = [];
  const stack: Open[] = [];
  const keep = () => stack.some((o) => o.keep);
  const dropping = () => stack.some((o) => o.drop);
  let i = 0;
  let pendingLabel: string | undefined;
  while (i < html.length) {
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i);
      const stop = end === -1 ? html.length : end + 3;
      out.push(html.slice(i, stop));
      i = stop;
      continue;
    }
    TAG.lastIndex = i;
    const m = html[i] === '<' ? TAG.exec(html) : null;
    if (!m) {
      const next = html.indexOf('<', i + 1);
      const stop = next === -1 ? html.length : next;
      const text = html.slice(i, stop);
      if (dropping()) {
        /* replaced by the escape hatch's Simplified form */
      } else if (pendingLabel !== undefined) {
        out.push(text.replace(/\S[\s\S]*\S|\S/, pendingLabel));
        pendingLabel = undefined;
      } else out.push(keep() ? text : ctx.convert(text));
      i = stop;
      continue;
    }
    const [whole, rawName, attrs = '', selfClose] = m;
    const name = rawName!.toLowerCase();
    i += whole.length;
    if (whole.startsWith('</')) {
      const at = stack.map((o) => o.name).lastIndexOf(name);
      const wasDropping = dropping();
      if (at !== -1) stack.length = at;
      if (wasDropping && dropping()) continue;
      out.push(whole);
      continue;
    }
    if (dropping()) {
      if (!VOID.has(name) && !selfClose) stack.push({ name, keep: false, drop: false });
      continue;
    }
    let tagText = whole;
    if (attrs.includes('data-edition-switch')) {
      const back = switchBack(whole, attrs);
      tagText = back.tag;
      pendingLabel = back.label;
    } else {
      const nextAttrs = transformAttrs(name, attrs, ctx);
      if (nextAttrs !== attrs) tagText = whole.replace(attrs, () => nextAttrs);
    }
    out.push(tagText);
    if (RAW.has(name) && !selfClose) {
      const close = html.toLowerCase().indexOf(`</${name}`, i);
      const stop = close === -1 ? html.length : close;
      const body = html.slice(i, stop);
      // Inline scripts and styles stay byte for byte (their CSP hashes); a textarea's text is text.
      out.push(name === 'textarea' && !keep() ? ctx.convert(body) : body);
      i = stop;
      continue;
    }
    if (VOID.has(name) || selfClose) continue;
    const lang = attrValue(attrs, 'lang');
    const hatch = attrValue(attrs, 'data-zh-hans');
    if (hatch !== undefined) out.push(hatch);
    stack.push({
      name,
      keep: CODE.has(name) || (name !== 'html' && lang !== undefined && /^zh-hant/i.test(lang)),
      drop: hatch !== undefined,
    });
  }
  return out.join('');
}

/** The visible text of a page (and its text attributes), without code, scripts, styles and zh-Hant parts. */
export function pageText(html: string): string {
  const parts: string[] = [];
  twinHtml(html, {
    roots: new Set(),
    convert: (t) => {
      parts.push(t);
      return t;
    },
  });
  return parts.join('\n');
}
