import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The web app imports only types from @wirediff/match; reading workspace packages through
// the source condition keeps `vite dev` working without building them first.
export default defineConfig({
  plugins: [react()],
  resolve: { conditions: ['@wirediff/source', 'module', 'browser', 'development|production'] },
  server: { proxy: { '/v1': 'http://127.0.0.1:8787' } },
  build: { outDir: 'dist', sourcemap: true },
});
