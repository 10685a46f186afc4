/**
 * Speed of the sentence scorer after warm-up: tokenising, preparing, scoring a prepared pair, and
 * the whole public `similarity` call on two ~30-word sentences (written for this script).
 *
 * Run: cd packages/match && npx tsx --conditions=@wirediff/source scripts/bench-similarity.ts
 */
import { tokenize } from '@wirediff/text';
import { DEFAULT_SCORER, similarity } from '../src/similarity/index.js';

const A =
  'The minister told reporters in the capital on Monday that the negotiations over rare earth supplies with the United States would start again next week in Geneva, officials said.';
const B =
  'Negotiations with Washington over supplies of rare earth metals will resume in Geneva next week, the minister told reporters on Monday after meeting his American counterpart.';
const WARM_UP = 5_000;
const RUNS = 20_000;

function microsPerCall(run: () => unknown): number {
  for (let i = 0; i < WARM_UP; i++) run();
  const start = performance.now();
  for (let i = 0; i < RUNS; i++) run();
  return ((performance.now() - start) / RUNS) * 1000;
}

const tokensA = tokenize(A, { language: 'en' });
const tokensB = tokenize(B, { language: 'en' });
const preparedA = DEFAULT_SCORER.prepare(tokensA, 'en');
const preparedB = DEFAULT_SCORER.prepare(tokensB, 'en');
const rows: Array<[string, number]> = [
  ['tokenize (one sentence)', microsPerCall(() => tokenize(A, { language: 'en' }))],
  ['prepare (one sentence)', microsPerCall(() => DEFAULT_SCORER.prepare(tokensA, 'en'))],
  ['score (one prepared pair)', microsPerCall(() => DEFAULT_SCORER.score(preparedA, preparedB))],
  ['similarity (auto language)', microsPerCall(() => similarity(A, B))],
];
process.stdout.write(`${tokensA.length} and ${tokensB.length} tokens\n`);
for (const [name, micros] of rows) process.stdout.write(`${name.padEnd(32)} ${micros.toFixed(1)} us\n`);
