#!/usr/bin/env node
// The `wirediff` command. Committed rather than built so that `pnpm install` on a fresh clone
// links it into node_modules/.bin before dist/ exists; it runs the built CLI.
import { existsSync } from 'node:fs';

const main = new URL('../dist/main.js', import.meta.url);
if (!existsSync(main)) {
  process.stderr.write('wirediff: the CLI is not built yet; run `npm run build` at the repository root first\n');
  process.exit(2);
}
await import(main.href);
