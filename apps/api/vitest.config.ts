import { defineWorkspaceProject } from '../../vitest.shared.ts';

// Longer timeouts: some tests spawn the real server, PDF parsing and worker start-up take a moment.
export default defineWorkspaceProject('api', { testTimeout: 60_000, hookTimeout: 60_000 });
