/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/** Benchmarks print figures; they are not part of `npm test`. */
export default getViteConfig({
  test: { include: ['bench/**/*.bench-run.ts'], environment: 'node', testTimeout: 120_000 },
});
