import { MATCH_KINDS } from '@wirediff/match';
import { scoreMeterGold, type GoldScores, type MeterGoldResult } from './meter-gold.js';
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

/** DESIGN.md's quality targets, and issue 7's for the METER dev gold. */
export const EVAL_TARGETS = {
  msrpAccuracy: 0.77,
  stsDevPearson: 0.8,
  meterParaphraseRecall: 0.5,
  meterPrecision: 0.95,
  meterVerbatimFound: 35,
  meterEditedFound: 56,
} as const;

/** Everything the evaluation measured; a section left out is left out of the summary. */
export interface EvalResults {
  msrp?: MsrpResult;
  sts?: StsResult;
  seeds?: SeedPairResult;
  meter?: MeterReuseResult;
  meterGold?: MeterGoldResult;
}

const f3 = (value: number): string => value.toFixed(3);
const pct = (share: number): string => `${(share * 100).toFixed(1)}%`;
const verdict = (pass: boolean): 'PASS' | 'MISS' => (pass ? 'PASS' : 'MISS');

/**
 * The summary rows: MSRP and STS-B against their targets and the Jaccard baseline, the seed
 * pair's matches, and METER's mean reuse beside word-trigram containment.
 * @example evalRows({ sts }).find((row) => row.measure.startsWith('STS-B'))?.result // 'PASS'
 */
export function evalRows({ msrp, sts, seeds, meter, meterGold }: EvalResults): EvalRow[] {
  const rows: EvalRow[] = [];
  if (msrp) {
    const target = `>= ${EVAL_TARGETS.msrpAccuracy}`;
    rows.push({ measure: `MSRP train (${msrp.pairs} pairs), 10-fold CV accuracy`, wirediff: f3(msrp.similarity.accuracy), baseline: f3(msrp.jaccard.accuracy), target, result: verdict(msrp.similarity.accuracy >= EVAL_TARGETS.msrpAccuracy) });
    rows.push({ measure: 'MSRP train, 10-fold CV F1', wirediff: f3(msrp.similarity.f1), baseline: f3(msrp.jaccard.f1), target: '', result: '' });
    if (msrp.nested) rows.push({ measure: 'MSRP, nested CV accuracy (weights refitted per fold)', wirediff: f3(msrp.nested.accuracy), baseline: f3(msrp.jaccard.accuracy), target, result: verdict(msrp.nested.accuracy >= EVAL_TARGETS.msrpAccuracy) });
  }
  if (sts) {
    rows.push({ measure: `STS-B news train + dev (${sts.pairs} pairs), Pearson`, wirediff: f3(sts.similarity), baseline: f3(sts.jaccard), target: '', result: '' });
    rows.push({ measure: `STS-B news dev only (${sts.devPairs} pairs, never fitted on), Pearson`, wirediff: f3(sts.similarityDev), baseline: f3(sts.jaccardDev), target: `>= ${EVAL_TARGETS.stsDevPearson}`, result: verdict(sts.similarityDev >= EVAL_TARGETS.stsDevPearson) });
  }
  if (seeds) {
    const kinds = MATCH_KINDS.map((kind) => [kind, seeds.report.matches.filter((match) => match.kind === kind).length] as const)
      .filter(([, count]) => count > 0)
      .map(([kind, count]) => `${count} ${kind}`)
      .join(', ');
    const shares = seeds.report.documents.map((document) => pct(document.stats.reusedShare)).join(' / ');
    rows.push({ measure: 'seed pair: matches found (reused share of each article)', wirediff: `${seeds.report.matches.length}${kinds ? ` (${kinds})` : ''}; ${shares}`, baseline: '', target: '', result: '' });
  }
  if (meterGold) rows.push(...meterGoldRows(meterGold));
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

const countOf = (found: number, total: number): string => `${found} of ${total}`;

/**
 * The METER dev gold rows: each label's recall and the precision over links, strict (linked to
 * a gold source) and as the issue counts (touched, PA side unchecked), with issue 7's targets.
 */
function meterGoldRows(result: MeterGoldResult): EvalRow[] {
  const engine = scoreMeterGold(result.engine.sentences);
  const baseline = scoreMeterGold(result.baseline.sentences);
  const rows: EvalRow[] = [];
  const labelRows = (how: string, count: (scores: GoldScores, label: 'verbatim' | 'edited' | 'paraphrase') => number): void => {
    const targets = {
      verbatim: [`>= ${EVAL_TARGETS.meterVerbatimFound} of ${engine.byLabel.verbatim.total}`, (found: number) => found >= EVAL_TARGETS.meterVerbatimFound],
      edited: [`>= ${EVAL_TARGETS.meterEditedFound} of ${engine.byLabel.edited.total}`, (found: number) => found >= EVAL_TARGETS.meterEditedFound],
      paraphrase: [`>= ${pct(EVAL_TARGETS.meterParaphraseRecall)}`, (found: number) => found >= EVAL_TARGETS.meterParaphraseRecall * engine.byLabel.paraphrase.total],
    } as const;
    for (const label of ['paraphrase', 'verbatim', 'edited'] as const) {
      const [target, passes] = targets[label];
      const found = count(engine, label);
      rows.push({ measure: `METER dev gold: ${label} recall, ${how}`, wirediff: countOf(found, engine.byLabel[label].total), baseline: countOf(count(baseline, label), baseline.byLabel[label].total), target, result: verdict(passes(found)) });
    }
  };
  const precisionTarget = `>= ${EVAL_TARGETS.meterPrecision}`;
  labelRows('linked to a gold source', (scores, label) => scores.byLabel[label].found);
  rows.push({ measure: 'METER dev gold: precision over links (link to a gold source)', wirediff: f3(engine.precision), baseline: f3(baseline.precision), target: precisionTarget, result: verdict(engine.precision >= EVAL_TARGETS.meterPrecision) });
  rows.push({ measure: 'METER dev gold: F1 over reuse', wirediff: f3(engine.f1), baseline: f3(baseline.f1), target: '', result: '' });
  labelRows("touched by a link (the issue's count)", (scores, label) => scores.byLabel[label].touched);
  rows.push({ measure: "METER dev gold: touched sentences that are reuse (the issue's precision)", wirediff: f3(engine.touchedPrecision), baseline: f3(baseline.touchedPrecision), target: precisionTarget, result: verdict(engine.touchedPrecision >= EVAL_TARGETS.meterPrecision) });
  const paraphrase = engine.byKind.paraphrase;
  const onReuse = paraphrase.links - paraphrase.onLabel.new;
  rows.push({ measure: 'METER dev gold: new sentences linked; engine paraphrase links on reuse sentences', wirediff: `${engine.byLabel.new.linked} of ${engine.byLabel.new.total}; ${countOf(onReuse, paraphrase.links)}`, baseline: `${baseline.byLabel.new.linked} of ${baseline.byLabel.new.total}`, target: '', result: '' });
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
