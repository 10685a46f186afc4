import { MATCH_KINDS } from '@wirediff/match';
import type { MeterReuseResult } from './meter-reuse.js';
import { summariseByNewspaper } from './meter-reuse.js';
import { pearson } from './statistics.js';
import type { MsrpResult } from './msrp.js';
import type { SeedPairResult } from './seed-pair.js';
import type { StsResult } from './sts.js';

/** One figure of the evaluation beside its baseline and target. */
export interface EvalRow {
  measure: string;
  wirediff: string;
  baseline: string;
  target: string;
  /** PASS/MISS against DESIGN.md's target; empty for figures without one. */
  result: 'PASS' | 'MISS' | '';
}

/** DESIGN.md's quality targets. */
export const EVAL_TARGETS = { msrpAccuracy: 0.76, stsPearson: 0.75 } as const;

/** Everything the evaluation measured; a section left out is left out of the summary. */
export interface EvalResults {
  msrp?: MsrpResult;
  sts?: StsResult;
  seeds?: SeedPairResult;
  meter?: MeterReuseResult;
}

const f3 = (value: number): string => value.toFixed(3);
const pct = (share: number): string => `${(share * 100).toFixed(1)}%`;
const verdict = (pass: boolean): 'PASS' | 'MISS' => (pass ? 'PASS' : 'MISS');

/**
 * The summary rows: MSRP and STS-B against their targets and the Jaccard baseline, the seed
 * pair's matches, and METER's mean reuse beside word-trigram containment.
 * @example evalRows({ sts }).find((row) => row.measure.startsWith('STS-B'))?.result // 'PASS'
 */
export function evalRows({ msrp, sts, seeds, meter }: EvalResults): EvalRow[] {
  const rows: EvalRow[] = [];
  if (msrp) {
    const target = `>= ${EVAL_TARGETS.msrpAccuracy}`;
    rows.push({ measure: `MSRP train (${msrp.pairs} pairs), 10-fold CV accuracy`, wirediff: f3(msrp.similarity.accuracy), baseline: f3(msrp.jaccard.accuracy), target, result: verdict(msrp.similarity.accuracy >= EVAL_TARGETS.msrpAccuracy) });
    rows.push({ measure: 'MSRP train, 10-fold CV F1', wirediff: f3(msrp.similarity.f1), baseline: f3(msrp.jaccard.f1), target: '', result: '' });
    if (msrp.nested) rows.push({ measure: 'MSRP, nested CV accuracy (weights refitted per fold)', wirediff: f3(msrp.nested.accuracy), baseline: f3(msrp.jaccard.accuracy), target, result: verdict(msrp.nested.accuracy >= EVAL_TARGETS.msrpAccuracy) });
  }
  if (sts) {
    rows.push({ measure: `STS-B news train + dev (${sts.pairs} pairs), Pearson`, wirediff: f3(sts.similarity), baseline: f3(sts.jaccard), target: `>= ${EVAL_TARGETS.stsPearson}`, result: verdict(sts.similarity >= EVAL_TARGETS.stsPearson) });
    rows.push({ measure: `STS-B news dev only (${sts.devPairs} pairs, never fitted on), Pearson`, wirediff: f3(sts.similarityDev), baseline: f3(sts.jaccardDev), target: '', result: '' });
  }
  if (seeds) {
    const kinds = MATCH_KINDS.map((kind) => [kind, seeds.report.matches.filter((match) => match.kind === kind).length] as const)
      .filter(([, count]) => count > 0)
      .map(([kind, count]) => `${count} ${kind}`)
      .join(', ');
    const shares = seeds.report.documents.map((document) => pct(document.stats.reusedShare)).join(' / ');
    rows.push({ measure: 'seed pair: matches found (reused share of each article)', wirediff: `${seeds.report.matches.length}${kinds ? ` (${kinds})` : ''}; ${shares}`, baseline: '', target: '', result: '' });
  }
  if (meter) {
    const all = summariseByNewspaper(meter.articles.map((article) => ({ ...article, newspaper: 'all' })))[0];
    if (all) {
      rows.push({ measure: `METER: mean reused share, ${all.articles} articles from ${meter.stories.length} stories (baseline: word-trigram containment)`, wirediff: pct(all.meanReusedShare), baseline: pct(all.meanTrigramContainment), target: '', result: '' });
      const r = pearson(meter.articles.map((article) => article.reusedShare), meter.articles.map((article) => article.trigramContainment));
      rows.push({ measure: 'METER: Pearson of per-article reused share with trigram containment', wirediff: f3(r), baseline: '', target: '', result: '' });
    }
  }
  return rows;
}

/**
 * The rows as a Markdown table, ready for the README.
 * @example formatEvalTable(evalRows(results)) // '| measure | wirediff | word-overlap baseline | target | result |\n…'
 */
export function formatEvalTable(rows: readonly EvalRow[]): string {
  const lines = ['| measure | wirediff | word-overlap baseline | target | result |', '| --- | --- | --- | --- | --- |'];
  for (const row of rows) lines.push(`| ${row.measure} | ${row.wirediff} | ${row.baseline} | ${row.target} | ${row.result} |`);
  return lines.join('\n');
}
