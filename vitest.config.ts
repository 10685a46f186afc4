import { defineConfig } from 'vitest/config';

// One run over every package so CI gets one summary; each project keeps its own config.
export default defineConfig({
  test: {
    projects: ['packages/*/vitest.config.ts', 'apps/*/vitest.config.ts', 'apps/web/vitest.e2e.config.ts', 'bench/vitest.config.ts', 'tests/*/vitest.config.ts'],
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
  },
});
