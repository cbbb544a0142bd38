/** The content fixtures shared by the validation and authoring-guide tests. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { readContentFiles, TEXT } from '../../src/content-model/build/load.ts';
import type { ContentFile } from '../../src/content-model/model/validate.ts';

const fixtures = join(import.meta.dirname, '../fixtures/content');

/** The valid fixture: a tiny but complete course. */
export const validFixture = (): ContentFile[] => readContentFiles(join(fixtures, 'valid'));

/** Names of the malformed fixtures under tests/fixtures/content/bad/. */
export const badFixtureNames = (): string[] => readdirSync(join(fixtures, 'bad')).sort();

/** The valid fixture with a bad fixture's files laid over it; an empty file removes that path. */
export function withBadFixture(name: string): ContentFile[] {
  const dir = join(fixtures, 'bad', name);
  const files = new Map(validFixture().map((f) => [f.path, f]));
  const walk = (d: string) => {
    for (const entry of readdirSync(d)) {
      const full = join(d, entry);
      if (statSync(full).isDirectory()) walk(full);
      else {
        const path = relative(dir, full).split(sep).join('/');
        // Read as the site's loader does: text files with their text, anything else (images) as binary.
        if (!TEXT.test(path)) files.set(path, { path, text: '', binary: true });
        else {
          const text = readFileSync(full, 'utf8');
          if (text === '') files.delete(path);
          else files.set(path, { path, text });
        }
      }
    }
  };
  walk(dir);
  return [...files.values()];
}
