import { ENGLISH_STOPWORDS, RUSSIAN_STOPWORDS } from './stopwords.js';
import { americanSpelling } from './spelling-variants.js';
import { stemEnglish, stemRussian } from './stemmers.js';

/**
 * What a token of one word becomes: its norm, stem and stop flag.
 *
 * @example
 * const info: WordInfo = infoForWord('talks', rulesFor('en')); // { norm: 'talks', stem: 'talk', stop: false }
 */
export interface WordInfo {
  norm: string;
  stem: string;
  stop: boolean;
}

/**
 * How words are normalised, stemmed and flagged for a document's language.
 *
 * @example
 * const rules: LanguageRules = rulesFor('ru');
 */
export interface LanguageRules {
  english: boolean;
  russian: boolean;
  /** Per distinct word: a document repeats its vocabulary, so each word is worked out once. */
  cache: Map<string, WordInfo>;
}

const CACHE_LIMIT = 200_000;
const make = (english: boolean, russian: boolean): LanguageRules => ({ english, russian, cache: new Map() });
const ENGLISH = make(true, false);
const RUSSIAN = make(true, true);
const OTHER = make(false, false);

/**
 * Rules for an ISO 639-1 code. English words are also stemmed inside Russian text (names,
 * quotes) and when the language is unknown; other languages keep norm as stem.
 *
 * @example
 * rulesFor('ru').russian; // true
 */
export function rulesFor(language: string): LanguageRules {
  if (language === 'en' || language === 'und') return ENGLISH;
  if (language === 'ru') return RUSSIAN;
  return OTHER;
}

const CONTRACTIONS_WITH_S = new Set([
  "it's", "he's", "she's", "that's", "there's", "what's", "who's", "where's", "when's", "why's",
  "how's", "let's", "here's",
]);

const YO = /ё/g;

function isLatinWord(word: string): boolean {
  return word.charCodeAt(0) < 0x250;
}

function isCyrillicWord(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 0x400 && c <= 0x52f;
}

function computeInfo(raw: string, rules: LanguageRules): WordInfo {
  let norm = raw;
  if (norm.length > 2 && norm.endsWith("'s") && !CONTRACTIONS_WITH_S.has(norm)) norm = norm.slice(0, -2);
  let stem = norm;
  let stop = false;
  if (rules.english && isLatinWord(norm)) {
    norm = americanSpelling(norm);
    stem = stemEnglish(norm);
    stop = ENGLISH_STOPWORDS.has(norm);
  } else if (rules.russian && isCyrillicWord(norm)) {
    // Russian print mostly writes ё as е ("всё"/"все"): fold so both spellings match.
    if (norm.indexOf('ё') >= 0) norm = norm.replace(YO, 'е');
    stem = stemRussian(norm);
    stop = RUSSIAN_STOPWORDS.has(norm);
  }
  return { norm, stem, stop };
}

/**
 * Norm, stem and stop flag of a lower-case word (cached per distinct word).
 *
 * @example
 * infoForWord("russia's", rulesFor('en')); // { norm: 'russia', stem: 'russia', stop: false }
 */
export function infoForWord(raw: string, rules: LanguageRules): WordInfo {
  let info = rules.cache.get(raw);
  if (info === undefined) {
    info = computeInfo(raw, rules);
    if (rules.cache.size >= CACHE_LIMIT) rules.cache.clear();
    rules.cache.set(raw, info);
  }
  return info;
}
