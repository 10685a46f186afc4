import { defaultWordVectors } from '@wirediff/match/scorer';
import { detectLanguage, tokenize } from '@wirediff/text';

/** How documents are fingerprinted: word n-grams over normalised tokens, winnowed. */
export interface FingerprintOptions {
  /** Words per n-gram (default 4). */
  gram?: number;
  /** Winnowing window, in n-grams (default 8): any shared run of `gram + window - 1` words (11) yields a shared anchor. */
  window?: number;
}

/** The options actually used; an archive records them and refuses to mix fingerprints made with others. */
export interface ResolvedFingerprintOptions {
  gram: number;
  window: number;
}

/** A document's fingerprint: its distinct anchors, ascending, and how many words it has. */
export interface Fingerprint {
  /** Distinct 53-bit anchor hashes, ascending (exact integers in a double). */
  anchors: number[];
  /** Keys of its rarest words (see `rareTermKeys`): negative, so never equal to an anchor. */
  terms: number[];
  /** Words and numbers in the text (tokens of @wirediff/text). */
  words: number;
}

/** Defaults measured on METER (see the package README): about 130 anchors per 600 words. */
export const DEFAULT_FINGERPRINT: ResolvedFingerprintOptions = Object.freeze({ gram: 4, window: 8 });

const TWO_POW_32 = 4_294_967_296;
const HIGH_21_BITS = 0x1f_ffff;

/**
 * The options with defaults filled in; throws on a gram or window that is not a small positive integer.
 * @example resolveFingerprintOptions({ window: 8 }) // { gram: 5, window: 8 }
 */
export function resolveFingerprintOptions(options: FingerprintOptions = {}): ResolvedFingerprintOptions {
  const gram = options.gram ?? DEFAULT_FINGERPRINT.gram;
  const window = options.window ?? DEFAULT_FINGERPRINT.window;
  for (const [name, value] of [['gram', gram], ['window', window]] as const) {
    if (!Number.isInteger(value) || value < 1 || value > 64) {
      throw new RangeError(`fingerprint: options.${name} must be an integer from 1 to 64, got ${String(value)}`);
    }
  }
  return { gram, window };
}

// Two independent 32-bit string hashes (FNV-1a with a murmur3 finaliser, two offsets) so that
// an n-gram's hash can be mixed in two 32-bit lanes with Math.imul and joined into 53 bits,
// which JavaScript numbers, SQLite INTEGER and PostgreSQL bigint all hold exactly.
function hashString(text: string, seed: number): number {
  let h = seed;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x0100_0193);
  }
  return finalise(h);
}

function finalise(value: number): number {
  let h = value;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85eb_ca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2_ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const SEED_LOW = 0x811c_9dc5;
const SEED_HIGH = 0x2f69_3b1d;

/**
 * The 53-bit hash of every word n-gram of `norms`, in order (one hash of all words when there
 * are fewer than `gram`, so a very short text still has an anchor).
 * @example gramHashes(['the', 'council', 'approved', 'the', 'plan', 'today'], 5).length // 2
 */
export function gramHashes(norms: readonly string[], gram: number): number[] {
  if (norms.length === 0) return [];
  const low = new Int32Array(norms.length);
  const high = new Int32Array(norms.length);
  for (let i = 0; i < norms.length; i += 1) {
    const norm = norms[i]!;
    low[i] = hashString(norm, SEED_LOW);
    high[i] = hashString(norm, SEED_HIGH);
  }
  const size = Math.min(gram, norms.length);
  const out: number[] = [];
  for (let start = 0; start + size <= norms.length; start += 1) {
    let a = SEED_LOW ^ size;
    let b = SEED_HIGH ^ size;
    for (let k = start; k < start + size; k += 1) {
      a = Math.imul((a ^ low[k]!) >>> 0, 0x9e37_79b1);
      a = (a << 13) | (a >>> 19);
      b = Math.imul((b ^ high[k]!) >>> 0, 0x85eb_ca77);
      b = (b << 17) | (b >>> 15);
    }
    out.push((finalise(a) & HIGH_21_BITS) * TWO_POW_32 + finalise(b ^ a));
  }
  return out;
}

/**
 * Winnowing (Schleimer, Wilkerson and Aiken 2003): the minimum hash of every window of
 * `window` consecutive hashes (the rightmost on ties), each selected position once.
 * @example winnow([5, 3, 9, 3, 7], 2) // [3, 3]
 */
export function winnow(hashes: readonly number[], window: number): number[] {
  if (hashes.length === 0) return [];
  if (hashes.length <= window) return [Math.min(...hashes)];
  const picked: number[] = [];
  let minAt = -1;
  for (let end = window - 1; end < hashes.length; end += 1) {
    const start = end - window + 1;
    if (minAt < start) {
      // The previous minimum left the window: rescan it (amortised O(1) on random hashes).
      minAt = start;
      for (let i = start + 1; i <= end; i += 1) if (hashes[i]! <= hashes[minAt]!) minAt = i;
      picked.push(hashes[minAt]!);
    } else if (hashes[end]! <= hashes[minAt]!) {
      minAt = end;
      picked.push(hashes[minAt]!);
    }
  }
  return picked;
}

/**
 * The normalised words of a text (@wirediff/text's `norm`: case, quotes, dashes, line wraps,
 * "U.S."/"US" folded; not stemmed, so that wording counts).
 * @example fingerprintWords('The U.S. “rare-earth” deal') // ['the', 'us', 'rare', 'earth', 'deal']
 */
export function fingerprintWords(text: string): string[] {
  // One fixed language so that every document is folded alike whatever its detected language:
  // 'ru' applies both rule sets (American spellings for Latin words, ё -> е for Cyrillic),
  // and naming it skips detection. Stems are computed too but not used.
  return tokenize(text, { language: 'ru' }).map((token) => token.norm);
}

/**
 * A document's anchors: winnowed hashes of its word n-grams. Two texts that share a run of at
 * least `gram + window - 1` words (11 by default) share at least one anchor.
 * @example fingerprint('The council approved the plan on Tuesday after a long debate.').anchors.length // 1
 */
export function fingerprint(text: string, options: FingerprintOptions = {}): Fingerprint {
  if (typeof text !== 'string') throw new TypeError(`fingerprint: text must be a string, got ${typeof text}`);
  const { gram, window } = resolveFingerprintOptions(options);
  const words = fingerprintWords(text);
  const anchors = [...new Set(winnow(gramHashes(words, gram), window))].sort((a, b) => a - b);
  return { anchors, terms: documentTerms(text, words), words: words.length };
}

/**
 * The rare-word keys of a text whose words are `norms`: none for a text in another language
 * than English, where the English table cannot tell a rare word from a common one (every
 * word is missing from it, so 16 arbitrary words would be chosen), and no document gains
 * candidates it should not have.
 * @example documentTerms(text, fingerprintWords(text))
 */
export function documentTerms(text: string, norms: readonly string[]): number[] {
  const language = detectLanguage(text);
  return language === 'en' || language === 'und' ? rareTermKeys(norms) : [];
}

/**
 * Words a document is indexed by besides its anchors: a rewrite keeps the facts (names,
 * places, figures) and changes the wording, so a reworded copy can share no n-gram with its
 * source and still share its rarest words. 16 of them cost about 480 bytes an article; on
 * METER, 29 of the 38 newspaper articles that shared no anchor with their wire had one of its
 * takes among their top three by shared rare words.
 */
export const RARE_TERMS = 16;
// Shorter words are mostly abbreviations and function words.
const MIN_TERM_LENGTH = 3;
const TERM_SEED = 0x5bd1_e995;

/**
 * Keys of the `RARE_TERMS` rarest distinct words among `norms` (fingerprintWords' output), by
 * English rarity (the word-vector table's frequency rank; a word the table lacks, such as most
 * names, is rarest), ties broken by the word. Each key is minus one minus a 53-bit hash of the
 * word, so terms and anchors share one posting table without meeting.
 * @example rareTermKeys(fingerprintWords('Johnnie Walker was bailed on a cocaine charge.')).length // 6
 */
export function rareTermKeys(norms: readonly string[]): number[] {
  const vectors = defaultWordVectors();
  const rarity = new Map<string, number>();
  for (const norm of norms) {
    if (norm.length < MIN_TERM_LENGTH || rarity.has(norm)) continue;
    rarity.set(norm, vectors.rarity(norm));
  }
  const chosen = [...rarity]
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))
    .slice(0, RARE_TERMS)
    .map(([word]) => -1 - ((hashString(word, TERM_SEED) & HIGH_21_BITS) * TWO_POW_32 + hashString(word, SEED_HIGH ^ TERM_SEED)));
  return [...new Set(chosen)].sort((a, b) => a - b);
}
