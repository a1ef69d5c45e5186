import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'src/**/*.test.ts',
      'src/**/*.test.tsx',
      'tests/**/*.test.ts',
      'admin-ui/src/**/*.test.ts',
    ],
    globalSetup: ['tests/helpers/global-setup.ts'],
    // Native modules (better-sqlite3, sharp) are happiest in child processes.
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
