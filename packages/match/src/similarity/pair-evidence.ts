import { distance } from 'fastest-levenshtein';
import type { PreparedSentence } from './prepare.js';

/**
 * Edit distance and the longest common run are quadratic in the worst case; a "sentence" with
 * no punctuation can be a whole transcript. Beyond this many tokens per side only the first
 * ones take part in those two measures (the set overlaps still see every token).
 */
export const MAX_ORDERED_TOKENS = 512;

/** Raw measurements of one sentence pair, all symmetric in (a, b). */
export interface PairEvidence {
  /** Weighted Dice counting WordNet synonyms as matches, 0..1. */
  readonly synonymDice: number;
  /** Smaller of the two weighted containments by exact stem (matched weight over own weight). */
  readonly minContainment: number;
  /** Synonym-aware weighted containments, smaller and larger. */
  readonly synonymMinContainment: number;
  readonly synonymMaxContainment: number;
  /**
   * Soft word alignment: each content word aligned to at most one counterpart by stem, WordNet
   * synonym or word-vector similarity, credited with that similarity (1 for a stem or synonym,
   * the cosine for a vector match). Weighted Dice and the two containments, 0..1.
   */
  readonly alignedDice: number;
  readonly alignedMinContainment: number;
  readonly alignedMaxContainment: number;
  /**
   * The soft alignment's containment of each side, the first and second sentence in canonical
   * order (see canonicalPair): the one measurement here that is directional, for callers that
   * must know which sentence is contained in which.
   */
  readonly alignedContainments: readonly [number, number];
  /** Cosine of the two weighted sentence vectors (0 when either has none). */
  readonly sentenceCosine: number;
  /** Content terms left unmatched (after synonyms): on the side with more, and with fewer. */
  readonly extraContentMax: number;
  readonly extraContentMin: number;
  /** Weight of the content terms left unmatched after synonyms, on the heavier side. */
  readonly extraWeightMax: number;
  /** Weight left unaligned after the soft alignment (uncredited share of each aligned word included), heavier side. */
  readonly unalignedWeightMax: number;
  /** 1 - token-level Levenshtein distance / longer length (stems as tokens), 0..1. */
  readonly editSimilarity: number;
  /** Longest common contiguous run of tokens (stems). */
  readonly longestRun: number;
  /** Tokens kept in the same order on both sides (longest common subsequence of stems). */
  readonly commonSubsequence: number;
  /** Content-bearing tokens in the longest common run that has the most of them. */
  readonly longestContentRun: number;
  /** Dice of content-word character trigrams, 0..1. */
  readonly trigramDice: number;
  readonly shorterLength: number;
  readonly longerLength: number;
  /** Distinct stem trigrams shared, over the side with more of them (BLEU-like precision). */
  readonly trigramMin: number;
  /** 1 when exactly one side carries a negation (not, no, never, n't...), else 0. */
  readonly negationMismatch: number;
  /** Distinct numerals present on one side only. */
  readonly unmatchedNumbers: number;
}

/**
 * A vector match counts only from this cosine up: below it, GloVe neighbours are related
 * (court/judge, rose/fell) rather than interchangeable. Chosen on STS-B train news, where the
 * aligned containments correlate best with the gold around 0.5-0.6.
 */
export const MIN_VECTOR_SIMILARITY = 0.55;
/** Content terms per side that take part in the vector alignment (its cost is their product). */
const MAX_VECTOR_TERMS = 48;

// Distinct token n-grams as numbers (16-bit code units: a trigram fits a double exactly).
// Sentences are short, so quadratic scans beat sorting or hashing here (this runs per pair),
// and MAX_ORDERED_TOKENS bounds them.
function distinctGrams(codes: string, n: number): number[] {
  const keys: number[] = [];
  for (let i = 0; i + n <= codes.length; i++) {
    let key = 0;
    for (let k = i; k < i + n; k++) key = key * 65536 + codes.charCodeAt(k);
    if (!keys.includes(key)) keys.push(key);
  }
  return keys;
}

// Shared distinct n-grams over the count of the side with more of them.
function gramOverlapOfMore(a: string, b: string, n: number): number {
  const x = distinctGrams(a, n);
  const y = distinctGrams(b, n);
  if (Math.min(x.length, y.length) === 0) return a === b ? 1 : 0;
  let common = 0;
  for (const key of x) if (y.includes(key)) common++;
  return common / Math.max(x.length, y.length);
}

function orderedCodes(sentence: PreparedSentence, termCodes: Uint32Array): string {
  const length = Math.min(sentence.tokenCount, MAX_ORDERED_TOKENS);
  const codes = new Array<number>(length);
  for (let i = 0; i < length; i++) codes[i] = termCodes[sentence.tokenTerms[i] ?? 0] ?? 0;
  return String.fromCharCode(...codes);
}

// A 32-bit signature of a synset list: lists sharing an id share that id's bit.
function synsetMask(ids: readonly number[]): number {
  let mask = 0;
  for (let i = 0; i < ids.length; i++) mask |= 1 << (Math.imul(ids[i]!, 0x9e3779b1) >>> 27);
  return mask;
}

function sharesSynset(x: readonly number[], y: readonly number[]): boolean {
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    const xi = x[i] ?? 0;
    const yj = y[j] ?? 0;
    if (xi === yj) return true;
    if (xi < yj) i++;
    else j++;
  }
  return false;
}

function sortedIntersectionSize(x: ArrayLike<number> | readonly string[], y: ArrayLike<number> | readonly string[]): number {
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < x.length && j < y.length) {
    const xi = x[i] as number | string;
    const yj = y[j] as number | string;
    if (xi === yj) {
      common++;
      i++;
      j++;
    } else if (xi < yj) i++;
    else j++;
  }
  return common;
}

interface Runs {
  longest: number;
  longestContent: number;
  /** Longest common subsequence: tokens kept in order. */
  common: number;
}

// Scratch rows reused by every pair (scoring is synchronous and never re-entered): allocating
// them per pair made the garbage collector a tenth of a large comparison.
let scratch = { prefix: new Uint32Array(64), rows: [new Uint32Array(64), new Uint32Array(64), new Uint32Array(64), new Uint32Array(64)] };
let termScratch = {
  codesA: new Uint32Array(64),
  codesB: new Uint32Array(64),
  matchedA: new Uint8Array(64),
  matchedB: new Uint8Array(64),
  openB: new Int32Array(64),
  openMask: new Int32Array(64),
};
const NO_IDS: readonly number[] = [];

function scratchRows(aLength: number, bLength: number): typeof scratch {
  if (scratch.prefix.length < aLength + 1 || scratch.rows[0]!.length < bLength + 1) {
    const size = (n: number): number => Math.max(64, 2 ** Math.ceil(Math.log2(n)));
    const rowSize = size(Math.max(bLength + 1, scratch.rows[0]!.length));
    scratch = {
      prefix: new Uint32Array(size(Math.max(aLength + 1, scratch.prefix.length))),
      rows: [new Uint32Array(rowSize), new Uint32Array(rowSize), new Uint32Array(rowSize), new Uint32Array(rowSize)],
    };
  }
  return scratch;
}

function termBuffers(aTerms: number, bTerms: number): typeof termScratch {
  const needed = Math.max(aTerms, bTerms);
  if (termScratch.codesA.length < needed) {
    const size = 2 ** Math.ceil(Math.log2(needed));
    termScratch = {
      codesA: new Uint32Array(size),
      codesB: new Uint32Array(size),
      matchedA: new Uint8Array(size),
      matchedB: new Uint8Array(size),
      openB: new Int32Array(size),
      openMask: new Int32Array(size),
    };
  }
  termScratch.matchedA.fill(0, 0, aTerms);
  termScratch.matchedB.fill(0, 0, bTerms);
  return termScratch;
}

// Longest common substring over token codes, one DP row; also the run with most content tokens.
function commonRuns(a: string, b: string, aContent: Uint8Array): Runs {
  const buffers = scratchRows(a.length, b.length);
  const contentPrefix = buffers.prefix;
  contentPrefix[0] = 0;
  for (let i = 0; i < a.length; i++) contentPrefix[i + 1] = (contentPrefix[i] ?? 0) + (aContent[i] ?? 0);
  // Rows start as zeros like fresh arrays; every later cell j >= 1 is written before it is read.
  let [previous, current, previousLcs, currentLcs] = buffers.rows as [Uint32Array, Uint32Array, Uint32Array, Uint32Array];
  previous.fill(0, 0, b.length + 1);
  previousLcs.fill(0, 0, b.length + 1);
  current[0] = 0;
  currentLcs[0] = 0;
  let longest = 0;
  let longestContent = 0;
  for (let i = 1; i <= a.length; i++) {
    const code = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      if (b.charCodeAt(j - 1) === code) {
        const run = (previous[j - 1] ?? 0) + 1;
        current[j] = run;
        // A run's best content count is reached at its end, so checking each end suffices.
        if (run > longest) longest = run;
        const contentInRun = (contentPrefix[i] ?? 0) - (contentPrefix[i - run] ?? 0);
        if (contentInRun > longestContent) longestContent = contentInRun;
        currentLcs[j] = (previousLcs[j - 1] ?? 0) + 1;
      } else {
        current[j] = 0;
        const up = previousLcs[j] ?? 0;
        const left = currentLcs[j - 1] ?? 0;
        currentLcs[j] = up > left ? up : left;
      }
    }
    [previous, current] = [current, previous];
    [previousLcs, currentLcs] = [currentLcs, previousLcs];
  }
  return { longest, longestContent, common: previousLcs[b.length] ?? 0 };
}

// Scratch for the vector alignment: candidate (cosine, a term, b term) triples of one pair.
let vectorScratch = { cosines: new Float64Array(256), xs: new Int32Array(256), ys: new Int32Array(256), order: new Int32Array(256), openA: new Int32Array(64), openB: new Int32Array(64) };

function vectorBuffers(pairs: number): typeof vectorScratch {
  if (vectorScratch.cosines.length < pairs) {
    const size = 2 ** Math.ceil(Math.log2(pairs));
    vectorScratch = { ...vectorScratch, cosines: new Float64Array(size), xs: new Int32Array(size), ys: new Int32Array(size), order: new Int32Array(size) };
  }
  return vectorScratch;
}

interface VectorCredit {
  /** Weight credited on each side by vector matches (weight times cosine). */
  weightA: number;
  weightB: number;
}

const vectorCredit: VectorCredit = { weightA: 0, weightB: 0 };

/**
 * Greedy one-to-one alignment of the content terms still unmatched on both sides by their word
 * vectors: the pair with the highest cosine first (ties by a's term, then b's, so the result
 * is the same for equal inputs), each term used once, only pairs at MIN_VECTOR_SIMILARITY or
 * above. The cosine function is the table's; every term with a row has a vector.
 */
function alignByVectors(a: PreparedSentence, b: PreparedSentence, matchedA: Uint8Array, matchedB: Uint8Array, cosine: (i: number, j: number) => number): VectorCredit {
  vectorCredit.weightA = 0;
  vectorCredit.weightB = 0;
  const buffers = vectorScratch;
  let countA = 0;
  let countB = 0;
  for (let x = 0; x < a.terms.length && countA < MAX_VECTOR_TERMS; x++) {
    if (matchedA[x] === 0 && a.termVectors[x]! >= 0) buffers.openA[countA++] = x;
  }
  if (countA === 0) return vectorCredit;
  for (let y = 0; y < b.terms.length && countB < MAX_VECTOR_TERMS; y++) {
    if (matchedB[y] === 0 && b.termVectors[y]! >= 0) buffers.openB[countB++] = y;
  }
  if (countB === 0) return vectorCredit;
  const { cosines, xs, ys, order, openA, openB } = vectorBuffers(countA * countB);
  let pairs = 0;
  for (let i = 0; i < countA; i++) {
    const x = openA[i]!;
    const rowA = a.termVectors[x]!;
    for (let j = 0; j < countB; j++) {
      const y = openB[j]!;
      const c = cosine(rowA, b.termVectors[y]!);
      if (c < MIN_VECTOR_SIMILARITY) continue;
      cosines[pairs] = c;
      xs[pairs] = x;
      ys[pairs] = y;
      order[pairs] = pairs;
      pairs++;
    }
  }
  // Insertion sort: a handful of candidates per pair; candidates were generated in (x, y)
  // order, so a stable sort by cosine keeps that order on ties.
  for (let i = 1; i < pairs; i++) {
    const item = order[i]!;
    const c = cosines[item]!;
    let k = i - 1;
    while (k >= 0 && cosines[order[k]!]! < c) {
      order[k + 1] = order[k]!;
      k--;
    }
    order[k + 1] = item;
  }
  for (let i = 0; i < pairs; i++) {
    const item = order[i]!;
    const x = xs[item]!;
    const y = ys[item]!;
    if (matchedA[x] === 1 || matchedB[y] === 1) continue;
    matchedA[x] = 1;
    matchedB[y] = 1;
    vectorCredit.weightA += a.termWeights[x]! * cosines[item]!;
    vectorCredit.weightB += b.termWeights[y]! * cosines[item]!;
  }
  return vectorCredit;
}

function vectorCosine(x: Float32Array, y: Float32Array): number {
  if (x.length === 0 || x.length !== y.length) return 0;
  let dot = 0;
  for (let k = 0; k < x.length; k++) dot += x[k]! * y[k]!;
  return dot > 1 ? 1 : dot < -1 ? -1 : dot;
}

/** How `measurePair` looks up vector similarity: the table the sentences were prepared with. */
export type RowCosine = (i: number, j: number) => number;

const NO_COSINE: RowCosine = () => 0;

/**
 * Measure one pair. The caller passes the pair in canonical order (see the scorer), so the
 * result is bit-for-bit symmetric even where floating-point sums depend on order. `cosine`
 * compares two rows of the word-vector table both sentences were prepared with.
 * @example const evidence = measurePair(scorer.prepare(ta, 'en'), scorer.prepare(tb, 'en'), vectors.cosine);
 */
export function measurePair(a: PreparedSentence, b: PreparedSentence, cosine: RowCosine = NO_COSINE): PairEvidence {
  // Merge the sorted term lists: shared stems get a's index as their code, b's others follow.
  // Reused buffers: only the first terms.length entries of each are read below.
  const { codesA, codesB, matchedA, matchedB } = termBuffers(a.terms.length, b.terms.length);
  let nextCode = a.terms.length;
  let matchedWeightA = 0;
  let matchedWeightB = 0;
  for (let i = 0; i < a.terms.length; i++) codesA[i] = i;
  let i = 0;
  let j = 0;
  while (j < b.terms.length) {
    const tb = b.terms[j] ?? '';
    const ta = i < a.terms.length ? (a.terms[i] ?? '') : undefined;
    if (ta !== undefined && ta < tb) {
      i++;
    } else if (ta === tb) {
      codesB[j] = i;
      matchedA[i] = 1;
      matchedB[j] = 1;
      matchedWeightA += a.termWeights[i] ?? 0;
      matchedWeightB += b.termWeights[j] ?? 0;
      i++;
      j++;
    } else {
      codesB[j] = nextCode++;
      j++;
    }
  }

  // Synonyms: each still-unmatched term may pair with one unmatched term of the other side.
  let synonymWeightA = 0;
  let synonymWeightB = 0;
  // b's terms that can still take a synonym, in order (the greedy pass below keeps that order).
  const open = termScratch.openB;
  let openCount = 0;
  const openMask = termScratch.openMask;
  for (let y = 0; y < b.terms.length; y++) {
    const synB = b.termSynsets[y] ?? NO_IDS;
    if (matchedB[y] === 1 || synB.length === 0) continue;
    openMask[openCount] = synsetMask(synB);
    open[openCount++] = y;
  }
  for (let x = 0; x < a.terms.length && openCount > 0; x++) {
    const synA = a.termSynsets[x] ?? NO_IDS;
    if (matchedA[x] === 1 || synA.length === 0) continue;
    const maskA = synsetMask(synA);
    for (let o = 0; o < openCount; o++) {
      const y = open[o]!;
      // Disjoint masks prove there is no shared synset; the merge decides the rest.
      if ((maskA & openMask[o]!) === 0 || matchedB[y] === 1 || !sharesSynset(synA, b.termSynsets[y]!)) continue;
      matchedA[x] = 1;
      matchedB[y] = 1;
      synonymWeightA += a.termWeights[x] ?? 0;
      synonymWeightB += b.termWeights[y] ?? 0;
      break;
    }
  }

  let extraA = 0;
  let extraB = 0;
  let extraWeightA = 0;
  let extraWeightB = 0;
  for (let x = 0; x < a.terms.length; x++) {
    if (matchedA[x] === 0 && a.termContent[x] === 1) {
      extraA++;
      extraWeightA += a.termWeights[x] ?? 0;
    }
  }
  for (let y = 0; y < b.terms.length; y++) {
    if (matchedB[y] === 0 && b.termContent[y] === 1) {
      extraB++;
      extraWeightB += b.termWeights[y] ?? 0;
    }
  }
  // After the counts above: the vector pass marks more terms matched.
  const credit = alignByVectors(a, b, matchedA, matchedB, cosine);

  const totalWeight = a.totalWeight + b.totalWeight;
  const containA = a.totalWeight > 0 ? matchedWeightA / a.totalWeight : 0;
  const containB = b.totalWeight > 0 ? matchedWeightB / b.totalWeight : 0;
  const lexicalA = matchedWeightA + synonymWeightA;
  const lexicalB = matchedWeightB + synonymWeightB;
  const synContainA = a.totalWeight > 0 ? lexicalA / a.totalWeight : 0;
  const synContainB = b.totalWeight > 0 ? lexicalB / b.totalWeight : 0;
  const alignedA = lexicalA + credit.weightA;
  const alignedB = lexicalB + credit.weightB;
  const alignContainA = a.totalWeight > 0 ? alignedA / a.totalWeight : 0;
  const alignContainB = b.totalWeight > 0 ? alignedB / b.totalWeight : 0;

  const stringA = orderedCodes(a, codesA);
  const stringB = orderedCodes(b, codesB);
  const longerOrdered = Math.max(stringA.length, stringB.length);
  const editSimilarity = longerOrdered === 0 ? 1 : 1 - distance(stringA, stringB) / longerOrdered;
  const runs = commonRuns(stringA, stringB, a.content);

  const numberUnion = a.numbers.length + b.numbers.length;
  const numberCommon = sortedIntersectionSize(a.numbers, b.numbers);
  const gramTotal = a.grams.length + b.grams.length;

  return {
    synonymDice: totalWeight > 0 ? (lexicalA + lexicalB) / totalWeight : 0,
    minContainment: Math.min(containA, containB),
    synonymMinContainment: Math.min(synContainA, synContainB),
    synonymMaxContainment: Math.max(synContainA, synContainB),
    alignedDice: totalWeight > 0 ? (alignedA + alignedB) / totalWeight : 0,
    alignedMinContainment: Math.min(alignContainA, alignContainB),
    alignedMaxContainment: Math.max(alignContainA, alignContainB),
    alignedContainments: [alignContainA, alignContainB],
    // Without vectors on a side (another language, or names only), the lexical overlap stands
    // in, so that such pairs keep the scale they had before vectors existed.
    sentenceCosine:
      a.sentenceVector.length === 0 || b.sentenceVector.length === 0
        ? totalWeight > 0
          ? (alignedA + alignedB) / totalWeight
          : 0
        : vectorCosine(a.sentenceVector, b.sentenceVector),
    extraContentMax: Math.max(extraA, extraB),
    extraContentMin: Math.min(extraA, extraB),
    extraWeightMax: Math.max(extraWeightA, extraWeightB),
    unalignedWeightMax: Math.max(a.totalWeight - alignedA, b.totalWeight - alignedB),
    editSimilarity,
    longestRun: runs.longest,
    longestContentRun: runs.longestContent,
    commonSubsequence: runs.common,
    trigramDice: gramTotal === 0 ? 0 : (2 * sortedIntersectionSize(a.grams, b.grams)) / gramTotal,
    shorterLength: Math.min(a.tokenCount, b.tokenCount),
    longerLength: Math.max(a.tokenCount, b.tokenCount),
    trigramMin: gramOverlapOfMore(stringA, stringB, 3),
    negationMismatch: a.negated === b.negated ? 0 : 1,
    unmatchedNumbers: numberUnion - 2 * numberCommon,
  };
}
