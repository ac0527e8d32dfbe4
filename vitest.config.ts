import { defineConfig } from 'vitest/config';

// Unit tests run twice, under two machine time zones: the build machine's zone must never leak.
const unit = (name: string, tz: string) => ({
  test: { name, include: ['tests/unit/**/*.test.ts'], env: { TZ: tz } },
});

export default defineConfig({
  test: {
    globalSetup: ['tests/setup/global.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    maxWorkers: 2,
    projects: [
      unit('unit', 'UTC'),
      unit('unit-los-angeles', 'America/Los_Angeles'),
      { test: { name: 'site', include: ['tests/site/**/*.test.ts'] } },
      { test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'] } },
    ],
  },
});
