/** Reads the content folder from disk for `validateContent` (Node only). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { isImagePath } from './check-lesson-images.ts';
import type { ContentFile } from './validate.ts';

/** Every content file under `<root>/content` (images with empty text), paths relative to `root` with `/`. */
export function readContentFiles(root: string): ContentFile[] {
  const out: ContentFile[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(ya?ml|mdx)$/.test(name))
        out.push({ path: relative(root, full).split(sep).join('/'), text: readFileSync(full, 'utf8') });
      // Images are listed by path only, so lessons' image references can be checked.
      else if (isImagePath(name)) out.push({ path: relative(root, full).split(sep).join('/'), text: '' });
    }
  };
  walk(join(root, 'content'));
  return out.sort((a, b) => a.path.localeCompare(b.path));
}
