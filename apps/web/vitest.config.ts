import react from '@vitejs/plugin-react';
import { mergeConfig } from 'vitest/config';
import { defineWorkspaceProject } from '../../vitest.shared.ts';

// Component tests: React components in happy-dom against hand-made report fixtures.
export default mergeConfig(
  defineWorkspaceProject('web', {
    environment: 'happy-dom',
    include: ['src/**/*.test.tsx', 'src/**/*.test.ts'],
    // A real API for the few tests that go through it (see app-with-api.test.tsx).
    globalSetup: ['./test-setup/api-server.ts'],
  }),
  { plugins: [react()] },
);
