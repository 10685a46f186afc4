// Worker thread of `measureParallelEngine`: compares the pair it is given in a loop until told
// to stop, then reports how many comparisons it finished.
import { parentPort, workerData } from 'node:worker_threads';
import { compare } from '@wirediff/match';

const { wire, newspaper, warmup } = workerData as { wire: string; newspaper: string; warmup: number };
const documents = [{ text: wire }, { text: newspaper }];
for (let i = 0; i < warmup; i++) JSON.stringify(compare(documents, {}));
const shared = new Int32Array(workerData.flag as SharedArrayBuffer);
parentPort!.postMessage('ready');
// Wait for the start signal so every thread begins together.
Atomics.wait(shared, 0, 0);
let done = 0;
while (Atomics.load(shared, 0) === 1) {
  JSON.stringify(compare(documents, {}));
  done++;
}
parentPort!.postMessage(done);
