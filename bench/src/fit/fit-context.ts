/**
 * Fits the context model (packages/match/src/compare/default-context-model.ts) on the METER
 * dev gold, and says how well it does on stories it was not fitted on.
 *
 * Samples: every candidate the context stage judges when each gold article is compared with
 * each of its PA takes (a document pair at a time, as compare does), labelled 1 when linking
 * it would touch a newspaper sentence the gold calls reuse. Leave one story out: the weights
 * and the cut are fitted on six stories and the seventh is judged by the real evaluation
 * (`evaluateMeterGold` with the fitted model); the figures summed over the seven folds are the
 * honest ones. The cut is the lowest probability at which the training stories keep their
 * touched precision (the precision) at TARGET_PRECISION, counting the links compare
 * makes without context.
 *
 * Run: npm run fit:context (root). WRITE=0 prints without writing the model.
 */
import { writeFileSync } from 'node:fs';
import { CONTEXT_FEATURES, createCompare, DEFAULT_CONTEXT_MODEL, DEFAULT_SCORER, type ContextCandidate, type ContextFeature, type ContextModel } from '@wirediff/match';
import { loadMeterGold, meterGoldStories, type GoldArticle } from '../data/index.js';
import { evaluateMeterGold, scoreMeterGold, type GoldSentenceResult } from '../eval/meter-gold.js';
import { fitLogistic } from './fit-logistic.js';

const MODEL_FILE = new URL('../../../packages/match/src/compare/default-context-model.ts', import.meta.url);
const TARGET_PRECISION = Number(process.env.TARGET_PRECISION ?? 0.965);
const MIN_ANCHORS = Number(process.env.MIN_ANCHORS ?? DEFAULT_CONTEXT_MODEL.minAnchors);
const MIN_PAIR_SCORE = Number(process.env.MIN_PAIR_SCORE ?? DEFAULT_CONTEXT_MODEL.minPairScore);

/** A model that judges every candidate and links none: for collecting samples. */
const PROBE: ContextModel = { ...DEFAULT_CONTEXT_MODEL, minAnchors: MIN_ANCHORS, minPairScore: MIN_PAIR_SCORE, threshold: 2 };

interface Sample {
  story: string;
  article: string;
  /** Index of the gold sentence the newspaper side overlaps most (-1: none). */
  gold: number;
  label: number;
  features: number[];
}

/** Features offered to the fit (FEATURES=pairScore,coverage,... to try a subset); the others get weight 0. */
const OFFERED: readonly ContextFeature[] = (process.env.FEATURES?.split(',') as ContextFeature[] | undefined) ?? CONTEXT_FEATURES;
const columns = OFFERED.map((name) => CONTEXT_FEATURES.indexOf(name));
/**
 * Features whose weight may be negative (the rest stay >= 0, so a closer pair or a sentence
 * better covered by the other document never lowers the probability).
 */
const SIGNED: readonly ContextFeature[] = (process.env.SIGNED?.split(',').filter(Boolean) as ContextFeature[] | undefined) ?? ['anchors'];
const features = (candidate: ContextCandidate): number[] => columns.map((c) => candidate.features[c]!);

function goldSentenceAt(article: GoldArticle, start: number, end: number): number {
  let best = -1;
  let bestOverlap = 0;
  for (const sentence of article.sentences) {
    const overlap = Math.min(end, sentence.end) - Math.max(start, sentence.start);
    if (overlap > bestOverlap) {
      bestOverlap = overlap;
      best = sentence.index;
    }
  }
  return best;
}

function collect(article: GoldArticle): Sample[] {
  const samples: Sample[] = [];
  for (const take of article.takes) {
    const seen: ContextCandidate[] = [];
    const run = createCompare(DEFAULT_SCORER, { context: PROBE, onContextCandidate: (candidate) => seen.push(candidate) });
    const report = run([{ text: article.text }, { text: take.text }]);
    const paper = report.documents[0]!.sentences;
    for (const candidate of seen) {
      const sentence = paper[candidate.a]!;
      const gold = goldSentenceAt(article, sentence.start, sentence.end);
      const label = gold >= 0 && article.sentences[gold]!.label !== 'new' ? 1 : 0;
      samples.push({ story: article.story, article: article.id, gold, label, features: features(candidate) });
    }
  }
  return samples;
}

function probability(model: ContextModel, x: readonly number[]): number {
  let z = model.intercept;
  for (let k = 0; k < columns.length; k++) z += model.weights[columns[k]!]! * x[k]!;
  return 1 / (1 + Math.exp(-z));
}

/** Gold sentences touched without context, per article. */
function touchedWithoutContext(results: readonly GoldSentenceResult[]): Map<string, Set<number>> {
  const touched = new Map<string, Set<number>>();
  for (const result of results) {
    if (!result.touched) continue;
    const set = touched.get(result.article) ?? new Set<number>();
    set.add(result.sentence.index);
    touched.set(result.article, set);
  }
  return touched;
}

function fitModel(samples: readonly Sample[], articles: readonly GoldArticle[], baseTouched: Map<string, Set<number>>): ContextModel {
  const fit = fitLogistic(
    samples.map((s) => s.features),
    samples.map((s) => s.label),
    { l2: 1e-3, nonNegative: true, signed: SIGNED.map((name) => OFFERED.indexOf(name)).filter((k) => k >= 0) },
  );
  const weights = CONTEXT_FEATURES.map(() => 0);
  columns.forEach((c, k) => (weights[c] = fit.coefficients[k]!));
  const weighted: ContextModel = { ...PROBE, intercept: fit.intercept, weights, threshold: 1 };
  // The lowest cut whose touched precision on these stories stays at the target.
  const labels = new Map(articles.map((a) => [a.id, a.sentences.map((s) => s.label !== 'new')]));
  const scored = samples.map((s) => ({ ...s, p: probability(weighted, s.features) })).sort((x, y) => y.p - x.p);
  const touched = new Map([...articles].map((a) => [a.id, new Set(baseTouched.get(a.id) ?? [])]));
  let reuse = 0;
  let all = 0;
  for (const [id, set] of touched) for (const g of set) {
    all++;
    if (labels.get(id)![g]) reuse++;
  }
  let threshold = 1;
  for (const sample of scored) {
    const set = touched.get(sample.article)!;
    if (sample.gold >= 0 && !set.has(sample.gold)) {
      set.add(sample.gold);
      all++;
      if (labels.get(sample.article)![sample.gold]) reuse++;
    }
    if (all > 0 && reuse / all >= TARGET_PRECISION) threshold = sample.p;
  }
  return { ...weighted, threshold: Math.min(1, Math.max(threshold, 1e-6)) };
}

const round = (value: number): number => Number(value.toFixed(4));

const articles = loadMeterGold();
const stories = meterGoldStories(articles);
const samples = articles.flatMap(collect);
const withoutContext = evaluateMeterGold({ articles, compare: createCompare(DEFAULT_SCORER, { context: null }) });
const baseTouched = touchedWithoutContext(withoutContext.engine.sentences);
process.stdout.write(`${samples.length} context candidates from ${articles.length} articles, ${samples.filter((s) => s.label === 1).length} on reuse sentences\n`);

const heldOut: GoldSentenceResult[] = [];
for (const story of stories) {
  const train = articles.filter((a) => a.story !== story);
  const model = fitModel(samples.filter((s) => s.story !== story), train, baseTouched);
  const test = articles.filter((a) => a.story === story);
  const result = evaluateMeterGold({ articles: test, compare: createCompare(DEFAULT_SCORER, { context: model }) });
  heldOut.push(...result.engine.sentences);
  const scores = scoreMeterGold(result.engine.sentences);
  process.stdout.write(
    `  held out ${story.padEnd(26)} paraphrase touched ${scores.byLabel.paraphrase.touched} of ${scores.byLabel.paraphrase.total}, touched precision ${scores.touchedPrecision.toFixed(3)}  (cut ${model.threshold.toFixed(3)})\n`,
  );
}
const report = (name: string, results: readonly GoldSentenceResult[]): void => {
  const s = scoreMeterGold(results);
  const b = s.byLabel;
  process.stdout.write(
    `${name}: verbatim ${b.verbatim.touched}/${b.verbatim.total} (found ${b.verbatim.found}), edited ${b.edited.touched}/${b.edited.total} (found ${b.edited.found}), paraphrase ${b.paraphrase.touched}/${b.paraphrase.total} (found ${b.paraphrase.found}), new touched ${b.new.touched}/${b.new.total}; touched precision ${s.touchedPrecision.toFixed(3)}, link precision ${s.precision.toFixed(3)}\n`,
  );
};
report('without context (all stories)', withoutContext.engine.sentences);
report('held out, summed over the 7 folds', heldOut);

const final = fitModel(samples, articles, baseTouched);
report('fitted on all stories (in sample)', evaluateMeterGold({ articles, compare: createCompare(DEFAULT_SCORER, { context: final }) }).engine.sentences);
const model: ContextModel = {
  minAnchors: final.minAnchors,
  intercept: round(final.intercept),
  weights: final.weights.map(round),
  threshold: round(final.threshold),
  minPairScore: final.minPairScore,
};
process.stdout.write(`model ${JSON.stringify(model)}\n`);
if (process.env.WRITE !== '0') {
  writeFileSync(
    MODEL_FILE,
    `// Written by bench's context fit (npm run fit:context) from the METER dev gold (${articles.length} articles, ${stories.length} stories;\n` +
      `// ${samples.length} candidates); do not edit by hand. Target touched precision ${TARGET_PRECISION}.\n` +
      `import type { ContextModel } from './context-links.js';\n\n` +
      `/**\n * The shipped context model (see ContextModel): when two documents share a source, how an\n * unmatched sentence's best pair score and its word coverage decide a link.\n * @example createCompare(DEFAULT_SCORER, { context: DEFAULT_CONTEXT_MODEL })\n */\n` +
      `export const DEFAULT_CONTEXT_MODEL: ContextModel = ${JSON.stringify(model, null, 2)};\n`,
  );
}
