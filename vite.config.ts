// Build and test configuration: Vitest runs unit tests beside the code and CLI tests under tests/.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    // Playwright owns tests/e2e; Vitest would try to run its specs without a browser.
    exclude: ['tests/e2e/**', 'node_modules/**'],
    // The CLI tests spawn tsx, whose cold start can take seconds on a loaded CI machine.
    testTimeout: 30000,
  },
});
