import { postingSlotOf, type DocumentModel } from './document-model.js';

/** Sentence pairs worth scoring, sorted by (a, b), unique. */
export interface CandidatePairs {
  a: Int32Array;
  b: Int32Array;
}

export interface CandidateOptions {
  /** Best pairs kept per sentence by cosine of shared feature weight (from both sides). */
  perSentence?: number;
  /** Best pairs kept per sentence by raw shared weight, which favours long sentences holding a passage. */
  perSentenceByOverlap?: number;
  /**
   * A feature held by more sentences than this in either document is skipped: it says little
   * about which pair matches and would make the cost quadratic (one word repeated everywhere).
   */
  maxPostings?: number;
  /** A partner is kept only if its value is at least this share of the sentence's best partner's. */
  relativeFloor?: number;
  /**
   * Pairs whose cosine of shared feature weight is below this are never proposed. At 0.1 it
   * halves the scorer calls on METER wire vs newspaper copy while every pair the scorer calls
   * reuse is still proposed (and 98% of pairs scoring >= 0.3); see compare-candidates.test.ts.
   */
  minCosine?: number;
  /** Pairs sharing fewer features (stems and bigrams) than this are never proposed. */
  minSharedFeatures?: number;
}

// Two by cosine (three before the word-vector scorer): the third proposal per sentence cost a
// tenth of a 1 MB comparison and changed no METER dev-gold figure nor any pair the candidate
// recall test checks (bench/test/compare-candidates.test.ts).
const DEFAULT_PER_SENTENCE = 2;
const DEFAULT_PER_SENTENCE_BY_OVERLAP = 2;
const DEFAULT_MAX_POSTINGS = 48;
const DEFAULT_RELATIVE_FLOOR = 0.3;
const DEFAULT_MIN_COSINE = 0.1;
const DEFAULT_MIN_SHARED_FEATURES = 1;
// Weights are integers so that sums are exact and do not depend on the order of addition,
// which keeps candidates the same when the documents are swapped.
const WEIGHT_SCALE = 1024;

/** Integer IDF weight by document frequency, memoised per comparison (Math.log is the hot spot). */
class FeatureWeights {
  // One live instance keeps the instance shape, and code optimised against it, across full GCs
  // (see OffsetMapBuilder in @wirediff/text).
  static readonly #shapeAnchor: FeatureWeights = new FeatureWeights(0);
  private readonly memo: Int32Array;
  constructor(private readonly sentences: number) {
    this.memo = new Int32Array(sentences + 1).fill(-1);
  }
  of(df: number): number {
    let weight = this.memo[df]!;
    if (weight < 0) {
      weight = Math.round(Math.log(1 + this.sentences / df) * WEIGHT_SCALE);
      this.memo[df] = weight;
    }
    return weight;
  }
}

/** Fixed-size best-k lists for many owners at once, in flat typed arrays. */
class BestLists {
  // One live instance keeps the instance shape, and code optimised against it, across full GCs
  // (see OffsetMapBuilder in @wirediff/text).
  static readonly #shapeAnchor: BestLists = new BestLists(0, 0);
  readonly ids: Int32Array;
  readonly values: Float64Array;
  readonly sizes: Int32Array;
  constructor(
    owners: number,
    readonly k: number,
  ) {
    this.ids = new Int32Array(owners * k);
    this.values = new Float64Array(owners * k);
    this.sizes = new Int32Array(owners);
  }
  /** Higher value first; equal values keep the lower id first so the result is order-free. */
  offer(owner: number, id: number, value: number): void {
    const k = this.k;
    if (k === 0) return;
    const base = owner * k;
    let size = this.sizes[owner]!;
    let at = size;
    while (at > 0) {
      const v = this.values[base + at - 1]!;
      if (v > value || (v === value && this.ids[base + at - 1]! < id)) break;
      at--;
    }
    if (at >= k) return;
    if (size < k) size++;
    for (let i = size - 1; i > at; i--) {
      this.values[base + i] = this.values[base + i - 1]!;
      this.ids[base + i] = this.ids[base + i - 1]!;
    }
    this.values[base + at] = value;
    this.ids[base + at] = id;
    this.sizes[owner] = size;
  }
}

/** Sum of the weights of each sentence's features, seen against the other document. */
function sentenceNorms(doc: DocumentModel, other: DocumentModel, weights: FeatureWeights): Float64Array {
  const sentenceCount = doc.sentences.length;
  const norms = new Float64Array(sentenceCount);
  for (let s = 0; s < sentenceCount; s++) {
    let norm = 0;
    for (let k = doc.featureOffset[s]!; k < doc.featureOffset[s + 1]!; k++) {
      const slot = postingSlotOf(other, doc.features[k]!);
      const otherDf = slot < 0 ? 0 : other.postingOffset[slot + 1]! - other.postingOffset[slot]!;
      norm += weights.of(doc.featureDf[k]! + otherDf);
    }
    norms[s] = norm;
  }
  return norms;
}

/**
 * Candidate sentence pairs between two documents from an inverted index over content stems and
 * content-stem bigrams: shared features are weighted by rarity (IDF over both documents), and
 * every sentence on either side keeps its few best partners. Never scores all pairs; a feature
 * in more than `maxPostings` sentences of either document is ignored, so the cost stays linear.
 * The result does not depend on which document is passed first (up to swapping a and b).
 *
 * @example
 * const pairs = findCandidatePairs(modelA, modelB);
 * for (let i = 0; i < pairs.a.length; i++) score(pairs.a[i], pairs.b[i]);
 */
export function findCandidatePairs(docA: DocumentModel, docB: DocumentModel, options: CandidateOptions = {}): CandidatePairs {
  const perSentence = options.perSentence ?? DEFAULT_PER_SENTENCE;
  const perOverlap = options.perSentenceByOverlap ?? DEFAULT_PER_SENTENCE_BY_OVERLAP;
  const maxPostings = options.maxPostings ?? DEFAULT_MAX_POSTINGS;
  const relativeFloor = options.relativeFloor ?? DEFAULT_RELATIVE_FLOOR;
  const minCosine = options.minCosine ?? DEFAULT_MIN_COSINE;
  const minShared = options.minSharedFeatures ?? DEFAULT_MIN_SHARED_FEATURES;
  const countA = docA.sentences.length;
  const countB = docB.sentences.length;
  const total = countA + countB;
  const weights = new FeatureWeights(total);
  const normsA = sentenceNorms(docA, docB, weights);
  const normsB = sentenceNorms(docB, docA, weights);

  const bestA = new BestLists(countA, perSentence);
  const bestB = new BestLists(countB, perSentence);
  const overlapA = new BestLists(countA, perOverlap);
  const overlapB = new BestLists(countB, perOverlap);
  const shared = new Float64Array(countB);
  const sharedCount = new Int32Array(countB);
  const touched = new Int32Array(countB);

  for (let a = 0; a < countA; a++) {
    let touchedCount = 0;
    for (let k = docA.featureOffset[a]!; k < docA.featureOffset[a + 1]!; k++) {
      const dfA = docA.featureDf[k]!;
      if (dfA > maxPostings) continue;
      const slot = postingSlotOf(docB, docA.features[k]!);
      if (slot < 0) continue;
      const from = docB.postingOffset[slot]!;
      const to = docB.postingOffset[slot + 1]!;
      if (to - from > maxPostings) continue;
      const weight = weights.of(dfA + to - from);
      for (let p = from; p < to; p++) {
        const b = docB.postingSentences[p]!;
        if (shared[b] === 0) touched[touchedCount++] = b;
        shared[b] = shared[b]! + weight;
        sharedCount[b]!++;
      }
    }
    for (let i = 0; i < touchedCount; i++) {
      const b = touched[i]!;
      const weight = shared[b]!;
      shared[b] = 0;
      const count = sharedCount[b]!;
      sharedCount[b] = 0;
      if (count < minShared) continue;
      const cosine = weight / Math.sqrt(normsA[a]! * normsB[b]!);
      if (cosine < minCosine) continue;
      bestA.offer(a, b, cosine);
      bestB.offer(b, a, cosine);
      overlapA.offer(a, b, weight);
      overlapB.offer(b, a, weight);
    }
  }

  const keys: number[] = [];
  const collect = (lists: BestLists, owners: number, ownerIsA: boolean): void => {
    for (let owner = 0; owner < owners; owner++) {
      const best = lists.values[owner * lists.k]!;
      for (let i = 0; i < lists.sizes[owner]!; i++) {
        if (lists.values[owner * lists.k + i]! < best * relativeFloor) break;
        const other = lists.ids[owner * lists.k + i]!;
        keys.push(ownerIsA ? owner * countB + other : other * countB + owner);
      }
    }
  };
  collect(bestA, countA, true);
  collect(bestB, countB, false);
  collect(overlapA, countA, true);
  collect(overlapB, countB, false);
  const sorted = Float64Array.from(keys).sort();
  let unique = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[unique++] = sorted[i]!;
  const pairsA = new Int32Array(unique);
  const pairsB = new Int32Array(unique);
  for (let i = 0; i < unique; i++) {
    const key = sorted[i]!;
    pairsA[i] = Math.floor(key / countB);
    pairsB[i] = key - pairsA[i]! * countB;
  }
  return { a: pairsA, b: pairsB };
}
