import { defineConfig } from 'vitest/config';

const database = 'server/test/global-setup.ts';

export default defineConfig({
  test: {
    reporters: ['default', './scripts/summary-reporter.ts'],
    passWithNoTests: false,
    // Vitest's default is one worker per CPU minus one: a single worker on a 2-core machine. The
    // tests mostly wait (PostgreSQL, the browser), so more files at a time finish sooner.
    maxWorkers: 3,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['common/**/*.test.ts', 'server/**/*.test.ts', 'web/src/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', '**/node_modules/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'int',
          include: ['server/**/*.int.test.ts'],
          globalSetup: [database],
          testTimeout: 20_000,
          hookTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.ts'],
          globalSetup: [database, 'e2e/global-setup.ts'],
          // Each file has its own server on its own database: two files at a time (each also runs a Chromium).
          fileParallelism: true,
          maxWorkers: 2,
          // After unit and int (a group of its own, since it runs fewer files at a time).
          sequence: { groupOrder: 1 },
          // Long journeys with many axe scans, two files sharing the cores: generous, a hang still fails.
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
