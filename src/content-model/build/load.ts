/** Reads the content folder from disk for `validateContent` (Node only). */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ContentFile } from '../model/types.ts';

/** Content files read as text; anything else (images) is listed as binary. */
export const TEXT = /\.(ya?ml|mdx?|txt|markdown)$/i;

/**
 * Every file under `<root>/content`, with paths relative to `root` and `/` separators:
 * text files with their text, anything else (images) as `binary` with no text. Files
 * under `<root>/public` are listed as binary too, so `/images/…` references can be checked.
 */
export function readContentFiles(root: string): ContentFile[] {
  const out: ContentFile[] = [];
  const walk = (dir: string, readText: boolean) => {
    for (const name of readdirSync(dir)) {
      if (name.startsWith('.')) continue;
      const full = join(dir, name);
      const path = relative(root, full).split(sep).join('/');
      if (statSync(full).isDirectory()) walk(full, readText);
      else if (readText && TEXT.test(name)) out.push({ path, text: readFileSync(full, 'utf8') });
      else out.push({ path, text: '', binary: true });
    }
  };
  walk(join(root, 'content'), true);
  if (existsSync(join(root, 'public'))) walk(join(root, 'public'), false);
  return out.sort((a, b) => a.path.localeCompare(b.path));
}
