import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The field-tool calculations must stay pure so islands, stores and tests can all use them: no UI framework, no
// store, no browser, and nothing from another feature except types.
const dir = join(process.cwd(), 'src/tools/model');
const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));

describe.each(files)('src/tools/model/%s', (file) => {
  const source = readFileSync(join(dir, file), 'utf8');
  const imports = [...source.matchAll(/^import\s+(type\s+)?[^;]*?from\s+'([^']+)';/gms)].map((m) => ({
    typeOnly: Boolean(m[1]),
    from: m[2]!,
  }));

  it('imports only its own folder (or types)', () => {
    // Every file but the shared result helpers and the tool catalog imports them, so an empty list would mean the pattern broke.
    if (file !== 'result.ts' && file !== 'catalog.ts') expect(imports.length).toBeGreaterThan(0);
    const outside = imports.filter((i) => !i.from.startsWith('./') && !i.typeOnly);
    expect(outside).toEqual([]);
  });

  it('uses no browser global, framework or store', () => {
    expect(source).not.toMatch(/\b(window|document|localStorage|sessionStorage|navigator|fetch)\b\s*[.(]/);
    expect(source).not.toMatch(/from '(preact|astro|nanostores|@nanostores)/);
    expect(source).not.toMatch(/\bDate\.now\(|new Date\(\)/);
  });
});

it('finds the model files', () => {
  expect(files).toEqual(
    expect.arrayContaining(['allocation.ts', 'sums.ts', 'stock.ts', 'capital.ts', 'visit.ts', 'report.ts', 'csv.ts']),
  );
});
