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
  /** Weighted Dice of exact stem overlap, 0..1. */
  readonly weightedDice: number;
  /** Weighted Dice counting WordNet synonyms as matches, 0..1. */
  readonly synonymDice: number;
  /** Synonym-aware Dice under rarity weights (rare words such as names count most), 0..1. */
  readonly raritySynonymDice: number;
  /** Smaller / larger of the two weighted containments (matched weight over own weight). */
  readonly minContainment: number;
  readonly maxContainment: number;
  /** Synonym-aware weighted containments, smaller and larger. */
  readonly synonymMinContainment: number;
  readonly synonymMaxContainment: number;
  /** Content terms left unmatched (after synonyms): on the side with more, and with fewer. */
  readonly extraContentMax: number;
  readonly extraContentMin: number;
  /** Weight of the content terms left unmatched, more and fewer. */
  readonly extraWeightMax: number;
  readonly extraWeightMin: number;
  /** 1 - token-level Levenshtein distance / longer length (stems as tokens), 0..1. */
  readonly editSimilarity: number;
  /** Longest common contiguous run of tokens (stems). */
  readonly longestRun: number;
  /** Tokens kept in the same order on both sides (longest common subsequence of stems). */
  readonly commonSubsequence: number;
  /** Content-bearing tokens in the longest common run that has the most of them. */
  readonly longestContentRun: number;
  /** Jaccard of the numeral sets; 1 when neither side has numerals. */
  readonly numberAgreement: number;
  /** Shorter / longer token count. */
  readonly lengthRatio: number;
  /** Dice of content-word character trigrams, 0..1. */
  readonly trigramDice: number;
  readonly shorterLength: number;
  readonly longerLength: number;
  /** Distinct stem trigrams shared, over the side with fewer and with more of them (BLEU-like precision). */
  readonly trigramMax: number;
  readonly trigramMin: number;
  /** 1 when exactly one side carries a negation (not, no, never, n't...), else 0. */
  readonly negationMismatch: number;
  /** Content tokens on the shorter and longer side. */
  readonly shorterContent: number;
  readonly longerContent: number;
  /** Distinct numerals present on one side only. */
  readonly unmatchedNumbers: number;
}

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

// Shared distinct n-grams over each side's count: [over the side with fewer, over the side with more].
function gramOverlap(a: string, b: string, n: number): [number, number] {
  const x = distinctGrams(a, n);
  const y = distinctGrams(b, n);
  const fewer = Math.min(x.length, y.length);
  if (fewer === 0) return a === b ? [1, 1] : [0, 0];
  let common = 0;
  for (const key of x) if (y.includes(key)) common++;
  return [common / fewer, common / Math.max(x.length, y.length)];
}

function countContent(sentence: PreparedSentence): number {
  let count = 0;
  for (let i = 0; i < sentence.content.length; i++) count += sentence.content[i] ?? 0;
  return count;
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

/**
 * Measure one pair. The caller passes the pair in canonical order (see scorePrepared), so the
 * result is bit-for-bit symmetric even where floating-point sums depend on order.
 * @example const evidence = measurePair(prepareSentence(ta, 'en'), prepareSentence(tb, 'en'));
 */
export function measurePair(a: PreparedSentence, b: PreparedSentence): PairEvidence {
  // Merge the sorted term lists: shared stems get a's index as their code, b's others follow.
  // Reused buffers: only the first terms.length entries of each are read below.
  const { codesA, codesB, matchedA, matchedB } = termBuffers(a.terms.length, b.terms.length);
  let nextCode = a.terms.length;
  let matchedWeightA = 0;
  let matchedWeightB = 0;
  let matchedRarity = 0;
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
      matchedRarity += (a.termRarityWeights[i] ?? 0) + (b.termRarityWeights[j] ?? 0);
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
      matchedRarity += (a.termRarityWeights[x] ?? 0) + (b.termRarityWeights[y] ?? 0);
      break;
    }
  }

  const totalWeight = a.totalWeight + b.totalWeight;
  const containA = a.totalWeight > 0 ? matchedWeightA / a.totalWeight : 0;
  const containB = b.totalWeight > 0 ? matchedWeightB / b.totalWeight : 0;

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
  const synContainA = a.totalWeight > 0 ? (matchedWeightA + synonymWeightA) / a.totalWeight : 0;
  const synContainB = b.totalWeight > 0 ? (matchedWeightB + synonymWeightB) / b.totalWeight : 0;

  const stringA = orderedCodes(a, codesA);
  const stringB = orderedCodes(b, codesB);
  const longerOrdered = Math.max(stringA.length, stringB.length);
  const editSimilarity = longerOrdered === 0 ? 1 : 1 - distance(stringA, stringB) / longerOrdered;
  const runs = commonRuns(stringA, stringB, a.content);

  const numberUnion = a.numbers.length + b.numbers.length;
  const numberCommon = sortedIntersectionSize(a.numbers, b.numbers);
  const gramTotal = a.grams.length + b.grams.length;

  const shorterLength = Math.min(a.tokenCount, b.tokenCount);
  const longerLength = Math.max(a.tokenCount, b.tokenCount);
  const [trigramMax, trigramMin] = gramOverlap(stringA, stringB, 3);
  const contentA = countContent(a);
  const contentB = countContent(b);
  return {
    trigramMax,
    trigramMin,
    unmatchedNumbers: numberUnion - 2 * numberCommon,
    negationMismatch: a.negated === b.negated ? 0 : 1,
    shorterContent: Math.min(contentA, contentB),
    longerContent: Math.max(contentA, contentB),
    weightedDice: totalWeight > 0 ? (matchedWeightA + matchedWeightB) / totalWeight : 0,
    synonymDice: totalWeight > 0 ? (matchedWeightA + matchedWeightB + synonymWeightA + synonymWeightB) / totalWeight : 0,
    raritySynonymDice: a.totalRarityWeight + b.totalRarityWeight > 0 ? matchedRarity / (a.totalRarityWeight + b.totalRarityWeight) : 0,
    minContainment: Math.min(containA, containB),
    maxContainment: Math.max(containA, containB),
    synonymMinContainment: Math.min(synContainA, synContainB),
    synonymMaxContainment: Math.max(synContainA, synContainB),
    extraContentMax: Math.max(extraA, extraB),
    extraContentMin: Math.min(extraA, extraB),
    extraWeightMax: Math.max(extraWeightA, extraWeightB),
    extraWeightMin: Math.min(extraWeightA, extraWeightB),
    editSimilarity,
    longestRun: runs.longest,
    longestContentRun: runs.longestContent,
    commonSubsequence: runs.common,
    numberAgreement: numberUnion === 0 ? 1 : numberCommon / (numberUnion - numberCommon),
    lengthRatio: longerLength === 0 ? 1 : shorterLength / longerLength,
    trigramDice: gramTotal === 0 ? 0 : (2 * sortedIntersectionSize(a.grams, b.grams)) / gramTotal,
    shorterLength,
    longerLength,
  };
}
