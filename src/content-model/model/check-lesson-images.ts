/**
 * Checks the images a lesson shows. Pure: takes the content files (images appear in the
 * list with their path only) and returns one problem per bad image reference.
 *
 * A lesson's images live in `content/lessons/<module>/images/` and are written
 * `![說明](./images/<file>)`, so Astro's image pipeline can size and optimise them.
 */
import { closest, type Problem } from './problems.ts';

/** Image files Astro's pipeline accepts in a lesson. */
export const IMAGE_EXTENSIONS = ['png', 'jpg', 'jpeg', 'webp', 'gif', 'avif', 'svg'] as const;
const imageFile = new RegExp(`\\.(${IMAGE_EXTENSIONS.join('|')})$`, 'i');

/** Whether a path names an image file a lesson may show. */
export const isImagePath = (path: string): boolean => imageFile.test(path);

/** One `![alt](src)` found in a lesson, with its editor line and column (1-based). */
export interface ImageRef {
  alt: string;
  src: string;
  line: number;
  column: number;
}

const markdownImage = /!\[([^\]]*)\]\(\s*(<[^>]*>|[^)\s]*)(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g;
const htmlImage = /<img\b/gi;

/** Every Markdown image in an MDX file outside code fences, with its position in the file. */
export function findImages(text: string): { images: ImageRef[]; htmlImages: { line: number; column: number }[] } {
  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  let start = 0;
  if (lines[0]?.trimEnd() === '---') {
    const end = lines.findIndex((l, i) => i > 0 && l.trimEnd() === '---');
    start = end === -1 ? lines.length : end + 1;
  }
  const images: ImageRef[] = [];
  const htmlImages: { line: number; column: number }[] = [];
  let fence: string | undefined;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i]!;
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker) {
      if (fence === undefined) fence = marker[0]!;
      else if (marker[0] === fence) fence = undefined;
      continue;
    }
    if (fence !== undefined) continue;
    for (const m of line.matchAll(markdownImage)) {
      const src = m[2]!.replace(/^<|>$/g, '');
      images.push({ alt: m[1]!, src, line: i + 1, column: m.index + 1 });
    }
    for (const m of line.matchAll(htmlImage)) htmlImages.push({ line: i + 1, column: m.index + 1 });
  }
  return { images, htmlImages };
}

/** Resolves `./images/a.png` against the lesson's folder; undefined when it leaves the project. */
export function resolveImagePath(lessonFile: string, src: string): string | undefined {
  const parts = lessonFile.split('/').slice(0, -1);
  let decoded = src;
  try {
    decoded = decodeURI(src);
  } catch {
    // A stray % is kept as written; the file check then reports it missing.
  }
  for (const part of decoded.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(part);
  }
  return parts.join('/');
}

const example = (module: string) => `把圖片放在 content/lessons/${module}/images/，寫成 ![圖片說明](./images/檔名.png)`;

/** One problem per lesson image that is missing, has no alt text, or cannot be optimised. */
export function checkLessonImages(files: readonly { path: string; text: string }[]): Problem[] {
  const paths = new Set(files.map((f) => f.path));
  const problems: Problem[] = [];
  for (const f of files) {
    if (!/^content\/lessons\/[^/]+\/[^/]+\.mdx$/.test(f.path)) continue;
    const module = f.path.split('/')[2]!;
    const { images, htmlImages } = findImages(f.text);
    for (const img of images) {
      const field = `第 ${img.line} 行第 ${img.column} 欄`;
      const at = { file: f.path, field, value: img.src };
      if (img.alt.trim() === '') {
        problems.push({
          ...at,
          message: '圖片缺少替代文字：看不到圖片的學員（例如使用螢幕閱讀器）會不知道圖片在說什麼',
          fix: `在 ![ ] 的方括號裡用一句話說明圖片內容，例如 ![貨架陳列示意圖](${img.src || './images/檔名.png'})`,
        });
      }
      if (img.src === '') {
        problems.push({ ...at, value: undefined, message: '圖片沒有寫檔案路徑', fix: example(module) });
        continue;
      }
      if (/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(img.src)) {
        problems.push({
          ...at,
          message: '圖片不能連到其他網站：離線時看不到，也無法自動壓縮',
          fix: `下載圖片（確認可以使用）後，${example(module)}`,
        });
        continue;
      }
      if (img.src.startsWith('/')) {
        problems.push({
          ...at,
          message: '圖片要用相對於這一課的路徑，以 / 開頭的路徑不會被檢查，也不會自動壓縮',
          fix: example(module),
        });
        continue;
      }
      if (!isImagePath(img.src)) {
        problems.push({
          ...at,
          message: `這種檔案不能當圖片（只接受 ${IMAGE_EXTENSIONS.join('、')}）`,
          fix: '把圖片另存成 .png 或 .jpg，再修改路徑',
        });
        continue;
      }
      const target = resolveImagePath(f.path, img.src);
      if (target === undefined || !target.startsWith('content/')) {
        problems.push({ ...at, message: '圖片必須放在 content/ 資料夾裡', fix: example(module) });
        continue;
      }
      if (paths.has(target)) continue;
      const folder = target.slice(0, target.lastIndexOf('/') + 1);
      const siblings = [...paths]
        .filter((p) => p.startsWith(folder) && isImagePath(p))
        .map((p) => p.slice(folder.length));
      const guess = closest(target.slice(folder.length), siblings);
      problems.push({
        ...at,
        message: `找不到這張圖片（應該在 ${target}）`,
        fix: guess
          ? `你是不是要寫「${img.src.slice(0, img.src.lastIndexOf('/') + 1)}${guess}」？檔名的大小寫也要一樣`
          : `把圖片放到 ${target}，或改正路徑；${example(module)}`,
      });
    }
    for (const at of htmlImages) {
      problems.push({
        file: f.path,
        field: `第 ${at.line} 行第 ${at.column} 欄`,
        value: '<img>',
        message: '課文裡的 <img> 標籤不會被檢查，也不會自動壓縮',
        fix: `改用 Markdown 圖片寫法：${example(module)}`,
      });
    }
  }
  return problems;
}
