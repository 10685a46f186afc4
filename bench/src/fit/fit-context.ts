/**
 * Fits the context model (packages/match/src/compare/default-context-model.ts) on the METER
 * dev gold, and says how well it does on stories it was not fitted on.
 *
 * Samples come from compare itself: each gold article is compared with each of its PA takes (a
 * document pair at a time, as compare does) with a probing model that judges every unmatched
 * sentence and links none. The two logistics are then fitted offline:
 * - the partner model on every (unmatched sentence, candidate partner) pair, labelled 1 when
 *   the two are a gold (newspaper sentence, source PA sentence) pair;
 * - the derivation model on every unmatched sentence with its best partner under that partner
 *   model, labelled 1 when the link would touch a newspaper sentence the gold calls reuse.
 * Leave one story out: both models and the cut are fitted on six stories, the seventh is judged
 * by the real evaluation (`evaluateMeterGold` with the fitted model), and the figures summed
 * over the seven folds are the honest ones. The cut is the lowest derivation probability at
 * which the training stories keep their touched precision (the precision, counting the
 * links compare makes without context) at TARGET_PRECISION.
 *
 * Run: npm run fit:context (root). WRITE=0 prints without writing the model.
 */
import { writeFileSync } from 'node:fs';
import { createCompare, DEFAULT_CONTEXT_MODEL, DEFAULT_SCORER, type ContextCandidate, type ContextLogistic, type ContextModel } from '@wirediff/match';
import { loadMeterGold, meterGoldStories, type GoldArticle } from '../data/index.js';
import { evaluateMeterGold, scoreMeterGold, type GoldSentenceResult } from '../eval/meter-gold.js';
import { fitLogistic } from './fit-logistic.js';

const MODEL_FILE = new URL('../../../packages/match/src/compare/default-context-model.ts', import.meta.url);
const TARGET_PRECISION = Number(process.env.TARGET_PRECISION ?? 0.965);
const MIN_ANCHORS = Number(process.env.MIN_ANCHORS ?? DEFAULT_CONTEXT_MODEL.minAnchors);
const MIN_PAIR_SCORE = Number(process.env.MIN_PAIR_SCORE ?? 0.2);
const MIN_PARTNER = Number(process.env.MIN_PARTNER ?? 0.15);
/**
 * The mutual-best tier (ContextModel.mutual), not fitted but set: a pair of sentences that are
 * each other's best candidate, between documents sharing at least one match. Chosen on the dev
 * gold from a small grid (min anchors 1-2, score 0.35-0.5, margin 0-0.1); leave-one-story-out
 * selection over that grid picked anchors 1 in every fold. MUTUAL=0 leaves the tier out.
 */
const MUTUAL: ContextModel['mutual'] =
  process.env.MUTUAL === '0'
    ? undefined
    : { minAnchors: Number(process.env.MUTUAL_MIN_ANCHORS ?? 1), minScore: Number(process.env.MUTUAL_MIN_SCORE ?? 0.4), margin: Number(process.env.MUTUAL_MARGIN ?? 0.05) };
/** SHARE_MATCHED=1 lets a matched partner take context links too (the probe always sees them). */
const SHARE_MATCHED = process.env.SHARE_MATCHED === '1';
/**
 * Derivation features whose weight may be negative (the rest stay >= 0, so a better partner or
 * a sentence better covered by the other document never lowers the probability). `anchors` is
 * left free by default: in a document that already shares much word for word, what is left is
 * more often own reporting than in a rewrite.
 */
const SIGNED = (process.env.SIGNED ?? 'anchors').split(',').filter(Boolean);

/** Judges every unmatched sentence and links none. */
const { mutual: _shippedMutual, ...SHIPPED_DERIVED } = DEFAULT_CONTEXT_MODEL;
const PROBE: ContextModel = { ...SHIPPED_DERIVED, minAnchors: MIN_ANCHORS, minPairScore: MIN_PAIR_SCORE, threshold: 2, shareMatched: SHARE_MATCHED };

interface PartnerSample {
  features: number[];
  /** The two sentences are a gold (newspaper sentence, source) pair. */
  source: boolean;
  /** The newspaper sentence a link would touch: gold index, -1 for none. */
  paperGold: number;
}

interface SentenceSample {
  story: string;
  article: string;
  coverage: number;
  anchors: number;
  partners: PartnerSample[];
}

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

function collect(article: GoldArticle): SentenceSample[] {
  const samples: SentenceSample[] = [];
  for (const [takeIndex, take] of article.takes.entries()) {
    const seen: ContextCandidate[] = [];
    const run = createCompare(DEFAULT_SCORER, { context: PROBE, onContextCandidate: (candidate) => seen.push(candidate) });
    // Document 0 is the newspaper article, document 1 the take.
    const report = run([{ text: article.text }, { text: take.text }]);
    const [paper, wire] = [report.documents[0]!.sentences, report.documents[1]!.sentences];
    const isSource = (paperSentence: number, wireSentence: number): boolean => {
      const gold = goldSentenceAt(article, paper[paperSentence]!.start, paper[paperSentence]!.end);
      const w = wire[wireSentence]!;
      return gold >= 0 && article.sentences[gold]!.sources.some((source) => source.take === takeIndex && source.start < w.end && w.start < source.end);
    };
    for (const candidate of seen) {
      samples.push({
        story: article.story,
        article: article.id,
        coverage: candidate.features[0]!,
        anchors: candidate.features[3]!,
        partners: candidate.partners.map((partner) => {
          const [p, w] = candidate.side === 'a' ? [candidate.sentence, partner.sentence] : [partner.sentence, candidate.sentence];
          return { features: partner.features, source: isSource(p, w), paperGold: goldSentenceAt(article, paper[p]!.start, paper[p]!.end) };
        }),
      });
    }
  }
  return samples;
}

function probability(model: ContextLogistic, features: readonly number[]): number {
  let z = model.intercept;
  for (let k = 0; k < features.length; k++) z += (model.weights[k] ?? 0) * features[k]!;
  return 1 / (1 + Math.exp(-z));
}

function fitOne(x: number[][], y: number[], signed: readonly number[]): ContextLogistic {
  const fit = fitLogistic(x, y, { l2: 1e-3, nonNegative: true, signed });
  return { intercept: fit.intercept, weights: fit.coefficients };
}

interface Judged {
  sample: SentenceSample;
  best: PartnerSample;
  partnerProbability: number;
  derived: number[];
}

function judge(samples: readonly SentenceSample[], partner: ContextLogistic): Judged[] {
  return samples.map((sample) => {
    let best = sample.partners[0]!;
    let bestProbability = -1;
    for (const candidate of sample.partners) {
      const p = probability(partner, candidate.features);
      if (p > bestProbability) {
        best = candidate;
        bestProbability = p;
      }
    }
    return { sample, best, partnerProbability: bestProbability, derived: [sample.coverage, bestProbability, best.features[1]!, sample.anchors] };
  });
}

function isReuse(articles: ReadonlyMap<string, GoldArticle>, article: string, gold: number): boolean {
  return gold >= 0 && articles.get(article)!.sentences[gold]!.label !== 'new';
}

function fitModel(samples: readonly SentenceSample[], articles: readonly GoldArticle[], baseTouched: ReadonlyMap<string, ReadonlySet<number>>): ContextModel {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const pairs = samples.flatMap((s) => s.partners);
  const partner = fitOne(
    pairs.map((p) => p.features),
    pairs.map((p) => (p.source ? 1 : 0)),
    [],
  );
  const judged = judge(samples, partner);
  const signed = SIGNED.map((name) => ['coverage', 'partner', 'ownContainment', 'anchors'].indexOf(name)).filter((k) => k >= 0);
  const derived = fitOne(
    judged.map((j) => j.derived),
    judged.map((j) => (isReuse(byId, j.sample.article, j.best.paperGold) ? 1 : 0)),
    signed,
  );
  // The lowest cut whose touched precision on these stories stays at the target.
  const scored = judged
    .filter((j) => j.partnerProbability >= MIN_PARTNER)
    .map((j) => ({ ...j, p: probability(derived, j.derived) }))
    .sort((x, y) => y.p - x.p);
  const touched = new Map(articles.map((a) => [a.id, new Set(baseTouched.get(a.id) ?? [])]));
  let reuse = 0;
  let all = 0;
  for (const [id, set] of touched) {
    for (const gold of set) {
      all++;
      if (isReuse(byId, id, gold)) reuse++;
    }
  }
  let threshold = 1;
  for (const j of scored) {
    const set = touched.get(j.sample.article)!;
    if (j.best.paperGold >= 0 && !set.has(j.best.paperGold)) {
      set.add(j.best.paperGold);
      all++;
      if (isReuse(byId, j.sample.article, j.best.paperGold)) reuse++;
    }
    if (all > 0 && reuse / all >= TARGET_PRECISION) threshold = j.p;
  }
  return { ...PROBE, partner, derived, threshold: Math.min(1, Math.max(threshold, 1e-6)), minPartner: MIN_PARTNER, ...(MUTUAL === undefined ? {} : { mutual: MUTUAL }) };
}

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

const report = (name: string, results: readonly GoldSentenceResult[]): void => {
  const s = scoreMeterGold(results);
  const b = s.byLabel;
  process.stdout.write(
    `${name}: verbatim ${b.verbatim.touched}/${b.verbatim.total} (found ${b.verbatim.found}), edited ${b.edited.touched}/${b.edited.total} (found ${b.edited.found}), ` +
      `paraphrase ${b.paraphrase.touched}/${b.paraphrase.total} (found ${b.paraphrase.found}), new touched ${b.new.touched}/${b.new.total}; ` +
      `touched precision ${s.touchedPrecision.toFixed(3)}, link precision ${s.precision.toFixed(3)}\n`,
  );
};

const round = (value: number): number => Number(value.toFixed(4));
const roundLogistic = (model: ContextLogistic): ContextLogistic => ({ intercept: round(model.intercept), weights: model.weights.map(round) });

const articles = loadMeterGold();
const stories = meterGoldStories(articles);
const samples = articles.flatMap(collect);
const withoutContext = evaluateMeterGold({ articles, compare: createCompare(DEFAULT_SCORER, { context: null }) });
const baseTouched = touchedWithoutContext(withoutContext.engine.sentences);
process.stdout.write(`${samples.length} unmatched sentences judged, ${samples.reduce((n, s) => n + s.partners.length, 0)} candidate partners, from ${articles.length} articles\n`);

const heldOut: GoldSentenceResult[] = [];
for (const story of stories) {
  const model = fitModel(
    samples.filter((s) => s.story !== story),
    articles.filter((a) => a.story !== story),
    baseTouched,
  );
  const result = evaluateMeterGold({ articles: articles.filter((a) => a.story === story), compare: createCompare(DEFAULT_SCORER, { context: model }) });
  heldOut.push(...result.engine.sentences);
  const scores = scoreMeterGold(result.engine.sentences);
  process.stdout.write(
    `  held out ${story.padEnd(26)} paraphrase touched ${scores.byLabel.paraphrase.touched} of ${scores.byLabel.paraphrase.total}, touched precision ${scores.touchedPrecision.toFixed(3)} (cut ${model.threshold.toFixed(3)})\n`,
  );
}
report('without context (all stories)', withoutContext.engine.sentences);
report('held out, summed over the folds', heldOut);

const fitted = fitModel(samples, articles, baseTouched);
report('fitted on all stories (in sample)', evaluateMeterGold({ articles, compare: createCompare(DEFAULT_SCORER, { context: fitted }) }).engine.sentences);
const model: ContextModel = {
  minAnchors: fitted.minAnchors,
  minPairScore: fitted.minPairScore,
  partner: roundLogistic(fitted.partner),
  derived: roundLogistic(fitted.derived),
  threshold: round(fitted.threshold),
  minPartner: fitted.minPartner,
  shareMatched: fitted.shareMatched,
  ...(fitted.mutual === undefined ? {} : { mutual: fitted.mutual }),
};
process.stdout.write(`model ${JSON.stringify(model)}\n`);
if (process.env.WRITE !== '0') {
  writeFileSync(
    MODEL_FILE,
    `// Written by bench's context fit (npm run fit:context) from the METER dev gold (${articles.length} articles, ${stories.length} stories,\n` +
      `// ${samples.length} unmatched sentences); do not edit by hand. Target touched precision ${TARGET_PRECISION}.\n` +
      `import type { ContextModel } from './context-links.js';\n\n` +
      `/**\n * The shipped context model (see ContextModel).\n * @example createCompare(DEFAULT_SCORER, { context: DEFAULT_CONTEXT_MODEL })\n */\n` +
      `export const DEFAULT_CONTEXT_MODEL: ContextModel = ${JSON.stringify(model, null, 2)};\n`,
  );
}
