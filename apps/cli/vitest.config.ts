import { defineWorkspaceProject } from '../../vitest.shared.ts';

// Longer timeouts: most tests start the CLI (through tsx) in a child process, some several times.
export default defineWorkspaceProject('cli', { testTimeout: 60_000, hookTimeout: 60_000 });
