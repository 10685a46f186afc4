import { defineWorkspaceProject } from '../../vitest.shared.ts';

export default defineWorkspaceProject('archive', { testTimeout: 60_000, hookTimeout: 60_000 });
