// A worker thread of the parallel archive build: writes and fingerprints distractors for the
// batches it is given (generation and fingerprinting are most of an add's cost; the main
// thread only writes to the store).
import { parentPort, workerData } from 'node:worker_threads';
import { DEFAULT_FINGERPRINT, prepareDocument } from '@wirediff/archive';
import { buildDistractorModel, distractors } from './distractors.js';

/** What the main thread sends: the texts to learn from, then batches to make. */
export interface BuildWorkerData {
  texts: string[];
  days: string[];
  seed: number;
}

/** One batch request: distractors `from` .. `from + count - 1`. */
export interface BuildRequest {
  batch: number;
  from: number;
  count: number;
}

const { texts, days, seed } = workerData as BuildWorkerData;
const model = buildDistractorModel(texts);
parentPort!.on('message', (request: BuildRequest | null) => {
  if (request === null) {
    parentPort!.close();
    return;
  }
  const prepared = [...distractors(model, { count: request.count, days, seed, from: request.from })].map((doc, i) => prepareDocument(doc, i, DEFAULT_FINGERPRINT, 0));
  parentPort!.postMessage({ batch: request.batch, prepared });
});
