import type { EnglishLexicon } from './wordnet-lexicon.js';

/** How much each distinct term counts in the overlap features. */
export interface TermWeighting {
  /** Weight of a function word ("the", "и"): low but not zero, so order/attribution words still count a little. */
  readonly stopWeight: number;
  /** Weight of a numeral. */
  readonly numberWeight: number;
  /**
   * Share of an English content word's weight that follows its rarity (WordNet SemCor tag count):
   * 0 = every content word weighs 1, 1 = weight is the normalised inverse frequency alone.
   */
  readonly rarityShare: number;
  /**
   * Where an English word's rarity comes from: `tags`, its WordNet SemCor tag count (a small
   * hand-tagged corpus: common words only), or `corpus`, its frequency rank in the word-vector
   * table (GloVe's 6-billion-word news and Wikipedia corpus; words it lacks count as rarest).
   * Default `tags`.
   */
  readonly raritySource?: 'tags' | 'corpus';
}

/**
 * Tag counts are from SemCor (~230k tagged words); a word seen this often or more gets rarity 0,
 * a word never tagged (names, new coinages) gets rarity 1.
 */
const RARITY_SCALE = 100_000;
const LOG_RARITY_SCALE = Math.log(RARITY_SCALE);

/**
 * Normalised rarity of an English word from its WordNet (SemCor) tag count: 0 very common .. 1 never tagged (names, coinages).
 * @example rarityOfCount(0) // 1
 */
export function rarityOfCount(count: number): number {
  const rarity = Math.log(RARITY_SCALE / (count + 1)) / LOG_RARITY_SCALE;
  return rarity < 0 ? 0 : rarity > 1 ? 1 : rarity;
}

/**
 * Weight of one token's term. Only English has a frequency prior; other languages weigh every
 * content word 1 (a corpus-free `similarity()` has nothing better that is language-neutral).
 * @example weighTerm({ norm: 'said', stop: false, type: 'word' }, 'en', weighting, WORDNET_LEXICON)
 */
export function weighTerm(
  token: { readonly norm: string; readonly stop: boolean; readonly type: 'word' | 'number' },
  language: string,
  weighting: TermWeighting,
  lexicon: EnglishLexicon,
): number {
  if (token.type === 'number') return weighting.numberWeight;
  if (token.stop) return weighting.stopWeight;
  if (language !== 'en') return 1;
  return weighEnglishContent(rarityOfCount(lexicon.lookup(token.norm).count), weighting);
}

/**
 * `weighTerm` of an English content word whose rarity is known.
 * @example weighEnglishContent(1, weighting) // 1
 */
export function weighEnglishContent(rarity: number, weighting: TermWeighting): number {
  return 1 - weighting.rarityShare + weighting.rarityShare * rarity;
}
