/**
 * Measures the word-vector table: distillation time, size, cold load in a fresh process,
 * lookups/s and cosines/s, and how much the vectors alone tell about sentence similarity on
 * STS-B news dev (Pearson of a sentence-vector cosine), for 100k / 150k / 200k words and for
 * int8 rows against the float vectors. A benchmark, not a test: figures vary with the machine.
 *
 * Needs the built package (the cold load runs dist/): npx turbo run build --filter=@wirediff/match
 * Run: cd packages/match && npx tsx --conditions=@wirediff/source scripts/measure-word-vectors.ts
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tokenize, type Token } from '@wirediff/text';
import { createWordVectors, cosineOfSums, defaultWordVectors, encodeWordVectors, type WordVectors } from '../src/lexicon/index.js';
import { similarity } from '../src/similarity/index.js';
import { distilWordVectors, winkEmbeddingsPath, type DistilledWordVectors } from './distil-word-vectors.js';

const SIZES = [100_000, 150_000, 200_000] as const;
const COLD_RUNS = 5;
const STS_DEV = fileURLToPath(new URL('../../../../shared/datasets/stsbenchmark/sts-dev.tsv', import.meta.url));
const DEFAULT_TABLE = fileURLToPath(new URL('../generated/word-vectors.bin', import.meta.url));
const BUILT_LEXICON = fileURLToPath(new URL('../dist/lexicon/index.js', import.meta.url));

const out: string[] = [];
function report(line: string): void {
  out.push(line);
  process.stdout.write(`${line}\n`);
}

function timed<T>(run: () => T): [T, number] {
  const start = performance.now();
  const value = run();
  return [value, performance.now() - start];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

// --- distillation and size -------------------------------------------------------------------
const source = winkEmbeddingsPath();
const [largest, distilMs] = timed(() => distilWordVectors(source, { maxWords: Math.max(...SIZES) }));
report(`distil ${largest.words.length} words (read ${largest.read} entries): ${(distilMs / 1000).toFixed(1)} s`);
const [defaultDistilled, defaultDistilMs] = timed(() => distilWordVectors(source, { maxWords: defaultWordVectors().size }));
const [defaultBytes, encodeMs] = timed(() => encodeWordVectors(defaultDistilled));
report(`distil ${defaultDistilled.words.length} words (the build's size): ${(defaultDistilMs / 1000).toFixed(1)} s, encode ${encodeMs.toFixed(0)} ms`);
const onDisk = readFileSync(DEFAULT_TABLE);
report(`generated/word-vectors.bin: ${statSync(DEFAULT_TABLE).size} bytes; equal to a fresh encode: ${Buffer.compare(onDisk, defaultBytes) === 0}`);

function prefix(distilled: DistilledWordVectors, size: number): DistilledWordVectors {
  return { ...distilled, words: distilled.words.slice(0, size), vectors: distilled.vectors.slice(0, size) };
}
const tables = new Map<number, WordVectors>();
for (const size of SIZES) {
  const bytes = encodeWordVectors(prefix(largest, size));
  tables.set(size, createWordVectors(bytes));
  report(`table of ${size} words: ${(bytes.length / 1e6).toFixed(2)} MB`);
}

// --- cold load in a fresh process ------------------------------------------------------------
const coldScript = `
const t0 = performance.now();
const { defaultWordVectors } = await import(${JSON.stringify(BUILT_LEXICON)});
const t1 = performance.now();
const vectors = defaultWordVectors();
const t2 = performance.now();
process.stdout.write(JSON.stringify({ importMs: t1 - t0, loadMs: t2 - t1, size: vectors.size }));`;
const colds = Array.from({ length: COLD_RUNS }, () => {
  const text = execFileSync(process.execPath, ['--input-type=module', '-e', coldScript], { encoding: 'utf8' });
  return JSON.parse(text) as { importMs: number; loadMs: number };
});
report(
  `cold load (fresh node process, dist/, median of ${COLD_RUNS}): read + index ${median(colds.map((c) => c.loadMs)).toFixed(0)} ms ` +
    `(import of the module ${median(colds.map((c) => c.importMs)).toFixed(0)} ms); runs: ${colds.map((c) => c.loadMs.toFixed(0)).join(', ')} ms`,
);

// --- STS-B news dev --------------------------------------------------------------------------
interface StsRow {
  a: Token[];
  b: Token[];
  textA: string;
  textB: string;
  gold: number;
}
const rows: StsRow[] = [];
for (const line of readFileSync(STS_DEV, 'utf8').split(/\r?\n/)) {
  // Split on tabs only: the sentences hold unbalanced quotes.
  const cols = line.split('\t');
  if (cols[0] !== 'main-news') continue;
  const [, , , , score, a, b] = cols;
  if (score === undefined || a === undefined || b === undefined) throw new Error(`STS-B row with ${cols.length} columns: ${line.slice(0, 80)}`);
  rows.push({ a: tokenize(a, { language: 'en' }), b: tokenize(b, { language: 'en' }), textA: a, textB: b, gold: Number(score) });
}
report(`STS-B news dev: ${rows.length} pairs`);

function isContent(token: Token): boolean {
  return token.type === 'word' && !token.stop;
}

function pearson(xs: number[], ys: number[]): number {
  const n = xs.length;
  const mx = xs.reduce((s, x) => s + x, 0) / n;
  const my = ys.reduce((s, y) => s + y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - mx;
    const dy = ys[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxy / Math.sqrt(sxx * syy);
}

const gold = rows.map((row) => row.gold);
const todays = rows.map((r) => similarity(r.textA, r.textB).score);
report(`  reference: today's similarity(a, b).score: Pearson ${pearson(todays, gold).toFixed(3)}`);

/** A row source for sentence vectors: int8 table rows, or float rows (for comparison). */
interface RowSource {
  size: number;
  dimensions: number;
  indexOf(word: string): number;
  addTo(sum: Float32Array, index: number, weight: number): void;
}

type Weighting = (index: number, size: number) => number;
const WEIGHTINGS: Record<string, Weighting> = {
  mean: () => 1,
  rarity: (index, size) => Math.log1p(index) / Math.log1p(size),
  // Smooth inverse frequency (Arora et al. 2017) with a Zipf estimate p(rank) = 1 / ((rank + 1) H_n).
  'sif a=1e-3': (index, size) => {
    const p = 1 / ((index + 1) * (Math.log(size) + 0.5772));
    return 1e-3 / (1e-3 + p);
  },
};

function sentenceVector(tokens: Token[], table: RowSource, weighting: Weighting): Float32Array {
  const sum = new Float32Array(table.dimensions);
  for (const token of tokens) {
    if (!isContent(token)) continue;
    const index = table.indexOf(token.norm);
    if (index >= 0) table.addTo(sum, index, weighting(index, table.size));
  }
  return sum;
}

function stsPearson(table: RowSource, weighting: Weighting): number {
  return pearson(rows.map((row) => cosineOfSums(sentenceVector(row.a, table, weighting), sentenceVector(row.b, table, weighting))), gold);
}

function floatRows(distilled: DistilledWordVectors, size: number, quantise?: (unit: Float32Array) => Float32Array): RowSource {
  const indexes = new Map(distilled.words.slice(0, size).map((word, index) => [word, index]));
  const units = distilled.vectors.slice(0, size).map((vector) => {
    const norm = Math.hypot(...vector);
    const unit = vector.map((x) => x / norm);
    if (quantise === undefined) return unit;
    const q = quantise(unit);
    const qn = Math.hypot(...q);
    return q.map((x) => x / qn);
  });
  return {
    size,
    dimensions: distilled.dimensions,
    indexOf: (word) => indexes.get(word) ?? -1,
    addTo: (sum, index, weight) => {
      const unit = units[index]!;
      for (let k = 0; k < sum.length; k++) sum[k]! += unit[k]! * weight;
    },
  };
}

const variants: Array<[string, RowSource]> = [
  ...SIZES.map((size): [string, RowSource] => [`int8 per-row scale, ${size / 1000}k words`, tables.get(size)!]),
  [`int8 fixed x127 of unit vectors, 100k words`, floatRows(largest, 100_000, (unit) => unit.map((x) => Math.round(x * 127)))],
  [`float32, 100k words`, floatRows(largest, 100_000)],
  [`float32, 200k words`, floatRows(largest, 200_000)],
];
for (const [name, table] of variants) {
  const figures = Object.entries(WEIGHTINGS).map(([weighting, weigh]) => `${weighting} ${stsPearson(table, weigh).toFixed(3)}`);
  report(`  ${name}: Pearson ${figures.join(', ')}`);
}

// How much the vector cosine adds to today's score: their correlation, and an unfitted average
// (no weight is tuned on these rows; the scorer's own fit belongs to bench).
{
  const shipped = tables.get(100_000)!;
  const cosines = rows.map((row) => cosineOfSums(sentenceVector(row.a, shipped, WEIGHTINGS.rarity!), sentenceVector(row.b, shipped, WEIGHTINGS.rarity!)));
  report(
    `  int8 100k rarity-weighted cosine vs today's score: correlation ${pearson(cosines, todays).toFixed(3)}; ` +
      `Pearson of their plain average ${pearson(cosines.map((c, i) => (c + todays[i]!) / 2), gold).toFixed(3)}`,
  );
}

// Word-level quantisation error, which STS-B's three decimals may hide: int8 cosines against
// float cosines of the same pairs (a fixed walk over the 100k rows).
{
  const int8 = tables.get(100_000)!;
  const units = largest.vectors.slice(0, 100_000).map((vector) => {
    const norm = Math.hypot(...vector);
    return vector.map((x) => x / norm);
  });
  const fixed = units.map((unit) => {
    const q = unit.map((x) => Math.round(x * 127));
    const qn = Math.hypot(...q);
    return q.map((x) => x / qn);
  });
  const dot = (a: Float32Array, b: Float32Array): number => a.reduce((s, x, k) => s + x * b[k]!, 0);
  let state = 7;
  const pick = (): number => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) % 100_000;
  const errors = { perRow: [] as number[], fixed: [] as number[] };
  for (let p = 0; p < 20_000; p++) {
    const i = pick();
    const j = pick();
    const exact = dot(units[i]!, units[j]!);
    errors.perRow.push(Math.abs(int8.cosine(i, j) - exact));
    errors.fixed.push(Math.abs(dot(fixed[i]!, fixed[j]!) - exact));
  }
  for (const [name, list] of Object.entries(errors)) {
    const mean = list.reduce((s, e) => s + e, 0) / list.length;
    report(`  word cosine error of int8 (${name === 'perRow' ? 'per-row scale, as shipped' : 'fixed x127'}), 20k pairs: mean ${mean.toFixed(4)}, max ${Math.max(...list).toFixed(4)}`);
  }
}

// Coverage of the content words, by norm, and what a stem fallback would add.
for (const size of SIZES) {
  const table = tables.get(size)!;
  const stems = new Map<string, number>();
  for (let i = 0; i < table.size; i++) {
    const stem = tokenize(table.word(i), { language: 'en' })[0]?.stem;
    if (stem !== undefined && !stems.has(stem)) stems.set(stem, i);
  }
  let content = 0;
  let byNorm = 0;
  let byStem = 0;
  const missed = new Map<string, number>();
  for (const row of rows) {
    for (const token of [...row.a, ...row.b]) {
      if (!isContent(token)) continue;
      content++;
      if (table.indexOf(token.norm) >= 0) byNorm++;
      else if (stems.has(token.stem)) byStem++;
      else missed.set(token.norm, (missed.get(token.norm) ?? 0) + 1);
    }
  }
  const examples = [...missed.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 12).map(([w]) => w);
  report(
    `  coverage at ${size / 1000}k: ${content} content tokens, by norm ${((100 * byNorm) / content).toFixed(1)}%, ` +
      `stem fallback adds ${((100 * byStem) / content).toFixed(1)}%; missed e.g. ${examples.join(' ')}`,
  );
}

// --- speed -----------------------------------------------------------------------------------
const table = defaultWordVectors();
const norms = rows.flatMap((row) => [...row.a, ...row.b]).map((token) => token.norm);
const LOOKUP_ROUNDS = 200;
let found = 0;
const [, lookupMs] = timed(() => {
  for (let r = 0; r < LOOKUP_ROUNDS; r++) for (const norm of norms) if (table.indexOf(norm) >= 0) found++;
});
report(`indexOf: ${((LOOKUP_ROUNDS * norms.length) / (lookupMs / 1000) / 1e6).toFixed(1)} M lookups/s (${found} hits)`);
const PAIRS = 2_000_000;
// A fixed linear congruential walk over the 20k most frequent rows: deterministic, cache-realistic.
let seed = 12345;
const next = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % 20_000;
let total = 0;
const [, cosineMs] = timed(() => {
  for (let p = 0; p < PAIRS; p++) total += table.cosine(next(), next());
});
report(`cosine: ${(PAIRS / (cosineMs / 1000) / 1e6).toFixed(1)} M cosines/s (checksum ${total.toFixed(1)})`);
const sum = new Float32Array(table.dimensions);
const [, addMs] = timed(() => {
  for (let p = 0; p < PAIRS; p++) table.addTo(sum, next(), 0.5);
});
report(`addTo: ${(PAIRS / (addMs / 1000) / 1e6).toFixed(1)} M rows/s`);
