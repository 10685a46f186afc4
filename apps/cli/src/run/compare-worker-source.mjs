// Worker entry used only when the CLI runs from TypeScript source (tests, tsx): Node 20 does
// not pass tsx's loader on to worker threads, so the worker registers it before loading the .ts entry.
import { register } from 'tsx/esm/api';

register();
await import('./compare-worker.ts');
