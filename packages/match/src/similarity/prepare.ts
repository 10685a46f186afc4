import type { Token } from '@wirediff/text';
import type { WordVectors } from '../lexicon/word-vectors.js';
import type { EnglishLexicon } from './wordnet-lexicon.js';
import { rarityOfCount, weighEnglishContent, weighTerm, type TermWeighting } from './term-weight.js';

/**
 * A sentence reduced to what the scorer compares, computed once per sentence so that scoring a
 * candidate pair is a few merges over sorted arrays.
 */
export interface PreparedSentence {
  readonly language: string;
  /** Token norms joined by spaces: equal keys mean a verbatim match. */
  readonly key: string;
  readonly tokenCount: number;
  /** Per token: index into `terms` (its stem). */
  readonly tokenTerms: Uint32Array;
  /** Per token: 1 when content-bearing (not a function word), else 0. */
  readonly content: Uint8Array;
  /** Distinct stems, sorted by code unit. */
  readonly terms: readonly string[];
  /** Per term: its weight (see term-weight.ts). */
  readonly termWeights: Float64Array;
  /** Per term: WordNet synset ids (English content words only), sorted. */
  readonly termSynsets: ReadonlyArray<readonly number[]>;
  /** Per term: its row in the word-vector table (English content words), or -1. */
  readonly termVectors: Int32Array;
  /**
   * Weighted sum of the content words' unit vectors, normalised to length 1; empty when no
   * content word has a vector (another language, or only names the table lacks).
   */
  readonly sentenceVector: Float32Array;
  /** Per term: 1 when content-bearing (a numeral or a word that is not a function word). */
  readonly termContent: Uint8Array;
  /** Sum of `termWeights`. */
  readonly totalWeight: number;
  /** Distinct numerals (norms), sorted. */
  readonly numbers: readonly string[];
  /** Hashed character trigrams of the content words, sorted and distinct. */
  readonly grams: Uint32Array;
  /** Whether the sentence holds a negation (not, no, never, n't...). */
  readonly negated: boolean;
}

const NEGATION_STEMS = new Set(['not', 'no', 'never', 'nor', 'none', 'nobody', 'nothing', 'neither', 'without', 'cannot']);
const NEGATED_CONTRACTION = "n't";

const NO_SYNSETS: readonly number[] = [];

// FNV-1a over a word's trigrams (with boundary marks): morphology-tolerant overlap for any
// language, compared as sorted integer sets.
function addTrigrams(word: string, into: number[]): void {
  let hashes = trigramCache.get(word);
  if (hashes === undefined) {
    hashes = wordTrigrams(word);
    if (trigramCache.size >= TRIGRAM_CACHE_LIMIT) trigramCache.clear();
    trigramCache.set(word, hashes);
  }
  for (let i = 0; i < hashes.length; i++) into.push(hashes[i]!);
}

// Words repeat across sentences (and every candidate unit re-prepares its sentences), so the
// hashes are kept per word form; bounded so that hostile input cannot grow it without limit.
const TRIGRAM_CACHE_LIMIT = 100_000;
const trigramCache = new Map<string, readonly number[]>();

function wordTrigrams(word: string): number[] {
  const into: number[] = [];
  const padded = `\u0002${word}\u0003`;
  for (let i = 0; i + 3 <= padded.length; i++) {
    let hash = 0x811c9dc5;
    for (let k = i; k < i + 3; k++) {
      hash ^= padded.charCodeAt(k);
      hash = Math.imul(hash, 0x01000193);
    }
    into.push(hash >>> 0);
  }
  return into;
}

function sortedUnique(values: number[]): Uint32Array {
  // The constructor's array-like path; Uint32Array.from goes through the iterator protocol.
  const sorted = new Uint32Array(values).sort();
  let length = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[length++] = sorted[i] ?? 0;
  }
  return sorted.slice(0, length);
}

function normalised(vector: Float32Array): Float32Array {
  let norm = 0;
  for (let k = 0; k < vector.length; k++) norm += vector[k]! * vector[k]!;
  if (norm === 0) return NO_VECTOR;
  const scale = 1 / Math.sqrt(norm);
  for (let k = 0; k < vector.length; k++) vector[k] = vector[k]! * scale;
  return vector;
}

function compareCodeUnits(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

/** What preparing a sentence needs besides its tokens: the term weighting, the English lexicon and word vectors. */
export interface PrepareResources {
  readonly weighting: TermWeighting;
  readonly lexicon: EnglishLexicon;
  /** English word vectors; undefined leaves every sentence without vectors (lexical scoring only). */
  readonly vectors: WordVectors | undefined;
}

const NO_VECTOR = new Float32Array(0);

/**
 * Reduce one tokenised sentence to what the scorer compares. Called once per sentence; never
 * throws (an empty token list gives an empty sentence that matches only another empty one).
 * @example prepareSentence(tokenize('The talks ended.', { language: 'en' }), 'en', { weighting, lexicon: WORDNET_LEXICON })
 */
export function prepareSentence(tokens: readonly Token[], language: string, { weighting, lexicon, vectors }: PrepareResources): PreparedSentence {
  const english = language === 'en';
  // Distinct stems in first-seen order, then ranked by code unit so terms can be merged.
  const firstSeen = new Map<string, number>();
  const firstTokens: Token[] = [];
  const stems: string[] = [];
  const tokenFirst = new Uint32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    let id = firstSeen.get(token.stem);
    if (id === undefined) {
      id = firstTokens.length;
      firstSeen.set(token.stem, id);
      firstTokens.push(token);
      stems.push(token.stem);
    }
    tokenFirst[i] = id;
  }
  // The default sort orders strings by UTF-16 code units, as compareCodeUnits does, without a
  // comparator call per comparison; the stems are distinct, so the order is fully determined.
  stems.sort();
  const order = new Array<number>(stems.length);
  for (let r = 0; r < stems.length; r++) order[r] = firstSeen.get(stems[r]!)!;
  const rank = new Uint32Array(order.length);
  const terms = new Array<string>(order.length);
  const termWeights = new Float64Array(order.length);
  const termContent = new Uint8Array(order.length);
  const termSynsets = new Array<readonly number[]>(order.length).fill(NO_SYNSETS);
  const termVectors = new Int32Array(order.length).fill(-1);
  const table = english ? vectors : undefined;
  const useCorpusRarity = weighting.raritySource === 'corpus' && table !== undefined;
  let sum: Float32Array | undefined;
  let totalWeight = 0;
  for (let r = 0; r < order.length; r++) {
    const id = order[r] ?? 0;
    rank[id] = r;
    const token = firstTokens[id] as Token;
    terms[r] = token.stem;
    // An English content word: one lexicon lookup serves both weights and the synsets (the
    // same values weighTerm would compute, without looking the word up three times).
    const entry = english && !token.stop && token.type === 'word' ? lexicon.lookup(token.norm) : undefined;
    const rarity = entry === undefined ? 0 : useCorpusRarity ? table!.rarity(token.norm) : rarityOfCount(entry.count);
    const weight = entry === undefined ? weighTerm(token, language, weighting, lexicon) : weighEnglishContent(rarity, weighting);
    termWeights[r] = weight;
    totalWeight += weight;
    termContent[r] = token.stop ? 0 : 1;
    if (entry !== undefined) termSynsets[r] = entry.synsets;
    if (table !== undefined && entry !== undefined) {
      const row = table.indexOf(token.norm);
      termVectors[r] = row;
      if (row >= 0) table.addTo((sum ??= new Float32Array(table.dimensions)), row, weight);
    }
  }

  const tokenTerms = new Uint32Array(tokens.length);
  const content = new Uint8Array(tokens.length);
  const numbers: string[] = [];
  const grams: number[] = [];
  let key = '';
  let negated = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (english && !negated && (NEGATION_STEMS.has(token.norm) || token.norm.endsWith(NEGATED_CONTRACTION))) negated = true;
    tokenTerms[i] = rank[tokenFirst[i] ?? 0] ?? 0;
    key = i === 0 ? token.norm : `${key} ${token.norm}`;
    if (token.type === 'number') numbers.push(token.norm);
    if (!token.stop) {
      content[i] = 1;
      if (token.type === 'word') addTrigrams(token.norm, grams);
    }
  }
  return {
    language,
    key,
    tokenCount: tokens.length,
    tokenTerms,
    content,
    terms,
    termWeights,
    termSynsets,
    termContent,
    termVectors,
    sentenceVector: sum === undefined ? NO_VECTOR : normalised(sum),
    totalWeight,
    numbers: [...new Set(numbers)].sort(compareCodeUnits),
    grams: sortedUnique(grams),
    negated,
  };
}
