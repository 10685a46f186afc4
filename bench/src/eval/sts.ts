import { similarity } from '@wirediff/match';
import { loadSts, type StsPair } from '../data/index.js';
import { jaccardWords } from './msrp.js';
import { pearson } from './statistics.js';

/** Pearson correlations with STS-B gold on the news rows. */
export interface StsResult {
  pairs: number;
  /** train + dev news rows (the train rows were part of the weight fit: optimistic). */
  similarity: number;
  jaccard: number;
  /** dev news rows only: never seen by the fit. */
  devPairs: number;
  similarityDev: number;
  jaccardDev: number;
}


function correlate(pairs: readonly StsPair[], score: (pair: StsPair) => number): number {
  return pearson(pairs.map(score), pairs.map((pair) => pair.label));
}

/**
 * Pearson of `similarity(a, b).score` against STS-B gold on the `main-news` rows of train + dev
 * (and dev alone), beside the Jaccard word-overlap baseline.
 * @example const result = await evaluateSts(); result.similarity
 */
export async function evaluateSts(): Promise<StsResult> {
  const train = loadSts({ split: 'train', genre: 'main-news' });
  const dev = loadSts({ split: 'dev', genre: 'main-news' });
  const all = [...train, ...dev];
  const scored = new Map(all.map((pair) => [pair, similarity(pair.a, pair.b, { language: 'en' }).score]));
  const ours = (pair: StsPair): number => scored.get(pair) ?? 0;
  const jaccard = (pair: StsPair): number => jaccardWords(pair.a, pair.b);
  return {
    pairs: all.length,
    similarity: correlate(all, ours),
    jaccard: correlate(all, jaccard),
    devPairs: dev.length,
    similarityDev: correlate(dev, ours),
    jaccardDev: correlate(dev, jaccard),
  };
}

/**
 * Human-readable lines for an STS result.
 * @example process.stdout.write(formatSts(await evaluateSts()));
 */
export function formatSts(result: StsResult): string {
  return (
    `STS-B news (main-news), Pearson with gold; target on dev >= 0.80\n` +
    `  train+dev (${result.pairs} pairs; train rows were fitted on)   similarity ${result.similarity.toFixed(4)}  Jaccard ${result.jaccard.toFixed(4)}\n` +
    `  dev only  (${result.devPairs} pairs; never fitted on)          similarity ${result.similarityDev.toFixed(4)}  Jaccard ${result.jaccardDev.toFixed(4)}\n`
  );
}
