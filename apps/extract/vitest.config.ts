import { defineWorkspaceProject } from '../../vitest.shared.ts';

// pdf.js takes a moment to load on a busy machine.
export default defineWorkspaceProject('extract', { testTimeout: 30_000 });
