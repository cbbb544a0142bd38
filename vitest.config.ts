/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
    environment: 'node',
    // Several tests run the content check or a CLI in a child process: seconds each on a busy 2-core machine.
    testTimeout: 30_000,
  },
});
