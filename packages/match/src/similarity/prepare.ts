import type { Token } from '@wirediff/text';
import { lookupEnglishWord } from './wordnet-lexicon.js';
import { weighTerm, type TermWeighting } from './term-weight.js';
import { SIMILARITY_MODEL } from './weights.js';

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
  /** Per term: its weight with rarity alone deciding content words (rarityShare 1). */
  readonly termRarityWeights: Float64Array;
  /** Sum of `termRarityWeights`. */
  readonly totalRarityWeight: number;
  /** Per term: 1 when content-bearing (a numeral or a word that is not a function word). */
  readonly termContent: Uint8Array;
  /** Sum of `termWeights`. */
  readonly totalWeight: number;
  /** Distinct numerals (norms), sorted. */
  readonly numbers: readonly string[];
  /** Hashed character trigrams of the content words, sorted and distinct. */
  readonly grams: Uint32Array;
}

const NO_SYNSETS: readonly number[] = [];

// FNV-1a over a word's trigrams (with boundary marks): morphology-tolerant overlap for any
// language, compared as sorted integer sets.
function addTrigrams(word: string, into: number[]): void {
  const padded = `\u0002${word}\u0003`;
  for (let i = 0; i + 3 <= padded.length; i++) {
    let hash = 0x811c9dc5;
    for (let k = i; k < i + 3; k++) {
      hash ^= padded.charCodeAt(k);
      hash = Math.imul(hash, 0x01000193);
    }
    into.push(hash >>> 0);
  }
}

function sortedUnique(values: number[]): Uint32Array {
  const sorted = Uint32Array.from(values).sort();
  let length = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[length++] = sorted[i] ?? 0;
  }
  return sorted.slice(0, length);
}

function compareCodeUnits(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * `prepareSentence` with an explicit term weighting (the fitting script tries several).
 * @example prepareSentenceWith(tokens, 'en', { stopWeight: 0.1, numberWeight: 1, rarityShare: 0.5 })
 */
export function prepareSentenceWith(tokens: readonly Token[], language: string, weighting: TermWeighting): PreparedSentence {
  const english = language === 'en';
  const termIndex = new Map<string, number>();
  const firstToken: Token[] = [];
  for (const token of tokens) {
    if (!termIndex.has(token.stem)) {
      termIndex.set(token.stem, termIndex.size);
      firstToken.push(token);
    }
  }
  const terms = [...termIndex.keys()].sort(compareCodeUnits);
  const sortedIndex = new Map(terms.map((term, index) => [term, index]));
  const termWeights = new Float64Array(terms.length);
  const termContent = new Uint8Array(terms.length);
  const termRarityWeights = new Float64Array(terms.length);
  const rarityWeighting: TermWeighting = { ...weighting, rarityShare: 1 };
  let totalRarityWeight = 0;
  const termSynsets: Array<readonly number[]> = new Array<readonly number[]>(terms.length).fill(NO_SYNSETS);
  let totalWeight = 0;
  for (const token of firstToken) {
    const index = sortedIndex.get(token.stem) ?? 0;
    const weight = weighTerm(token, language, weighting);
    termWeights[index] = weight;
    termContent[index] = token.stop ? 0 : 1;
    const rarityWeight = weighting.rarityShare === 1 ? weight : weighTerm(token, language, rarityWeighting);
    termRarityWeights[index] = rarityWeight;
    totalRarityWeight += rarityWeight;
    totalWeight += weight;
    if (english && !token.stop && token.type === 'word') termSynsets[index] = lookupEnglishWord(token.norm).synsets;
  }

  const tokenTerms = new Uint32Array(tokens.length);
  const content = new Uint8Array(tokens.length);
  const numbers = new Set<string>();
  const grams: number[] = [];
  const norms: string[] = [];
  tokens.forEach((token, i) => {
    tokenTerms[i] = sortedIndex.get(token.stem) ?? 0;
    norms.push(token.norm);
    if (token.type === 'number') numbers.add(token.norm);
    if (!token.stop) {
      content[i] = 1;
      if (token.type === 'word') addTrigrams(token.norm, grams);
    }
  });
  return {
    language,
    key: norms.join(' '),
    tokenCount: tokens.length,
    tokenTerms,
    content,
    terms,
    termWeights,
    termSynsets,
    termContent,
    termRarityWeights,
    totalRarityWeight,
    totalWeight,
    numbers: [...numbers].sort(compareCodeUnits),
    grams: sortedUnique(grams),
  };
}

/**
 * Reduce one tokenised sentence to what `scorePrepared` compares. Call it once per sentence;
 * never throws (an empty token list gives an empty sentence that matches only another empty one).
 * @example const prepared = prepareSentence(tokenize('The talks ended.', { language: 'en' }), 'en');
 */
export function prepareSentence(tokens: readonly Token[], language: string): PreparedSentence {
  return prepareSentenceWith(tokens, language, SIMILARITY_MODEL.weighting);
}
