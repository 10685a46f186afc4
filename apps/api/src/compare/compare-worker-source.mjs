// Worker entry used only when the API runs from TypeScript source (tests, tsx): Node 20 does
// not pass tsx's loader on to worker threads, so the worker registers it before loading the .ts
// entry, and hands piscina that entry's handler.
import { register } from 'tsx/esm/api';

register();
const { default: handleTask } = await import('./compare-worker.ts');
export default handleTask;
