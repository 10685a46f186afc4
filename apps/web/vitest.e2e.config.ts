import { defineWorkspaceProject } from '../../vitest.shared.ts';

// Browser tests: a real Chromium (playwright-core) against the production build served by
// the API in-process. Slow by nature, hence the long timeouts and one file at a time.
export default defineWorkspaceProject('web-e2e', {
  environment: 'node',
  include: ['e2e/**/*.test.ts'],
  testTimeout: 120_000,
  hookTimeout: 180_000,
  fileParallelism: false,
  // expect.poll waits for the page, it does not time it: on a busy two-core machine a first
  // file extraction or a comparison can take seconds, and 1 s (the default) made tests flaky.
  expect: { poll: { timeout: 15_000 } },
});
