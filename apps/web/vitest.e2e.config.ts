import { defineWorkspaceProject } from '../../vitest.shared.ts';

// Browser tests: a real Chromium (playwright-core) against the production build served by
// the API in-process. Slow by nature, hence the long timeouts and one file at a time.
export default defineWorkspaceProject('web-e2e', {
  environment: 'node',
  include: ['e2e/**/*.test.ts'],
  testTimeout: 120_000,
  hookTimeout: 180_000,
  fileParallelism: false,
});
