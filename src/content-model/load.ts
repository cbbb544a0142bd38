/** Reads the content folder from disk for `validateContent` (Node only). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ContentFile } from './validate.ts';

/** Every file under `<root>/content`, with paths relative to `root` and `/` separators. */
export function readContentFiles(root: string): ContentFile[] {
  const out: ContentFile[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(ya?ml|mdx)$/.test(name))
        out.push({ path: relative(root, full).split(sep).join('/'), text: readFileSync(full, 'utf8') });
    }
  };
  walk(join(root, 'content'));
  return out.sort((a, b) => a.path.localeCompare(b.path));
}
