import { ENGLISH_STOPWORDS, RUSSIAN_STOPWORDS } from './stopwords.js';
import { americanSpelling } from './spelling-variants.js';
import { stemEnglish, stemRussian } from './stemmers.js';

/** How a token's norm, stem and stop flag are derived for a document's language. */
export interface LanguageRules {
  english: boolean;
  russian: boolean;
}

/** Rules for an ISO 639-1 code: English words are also stemmed inside Russian text. */
export function rulesFor(language: string): LanguageRules {
  const russian = language === 'ru';
  return { english: language === 'en' || russian || language === 'und', russian };
}

const CONTRACTIONS_WITH_S = new Set([
  "it's", "he's", "she's", "that's", "there's", "what's", "who's", "where's", "when's", "why's",
  "how's", "let's", "here's",
]);
const THOUSANDS = /^\d{1,3}(?:,\d{3})+$/;
const COMMA = /,/g;
const DOT = /\./g;

/** Norm of a dotted acronym: "u.s." -> "us". */
export function normAcronym(raw: string): string {
  return raw.replace(DOT, '');
}

/** Norm of a number: "1,000" -> "1000", "1,5" -> "1.5", "3.5" and "5m" unchanged. */
export function normNumber(raw: string): string {
  if (raw.indexOf(',') < 0) return raw;
  const digits = /^[\d.,]+/.exec(raw)?.[0] ?? raw;
  const rest = raw.slice(digits.length);
  if (THOUSANDS.test(digits)) return digits.replace(COMMA, '') + rest;
  return digits.replace(COMMA, '.') + rest;
}

/** Norm of a word: possessive 's dropped, British spellings made American (English only). */
export function normWord(raw: string, rules: LanguageRules): string {
  let word = raw;
  if (word.length > 2 && word.endsWith("'s") && !CONTRACTIONS_WITH_S.has(word)) word = word.slice(0, -2);
  if (rules.english && isLatinWord(word)) word = americanSpelling(word);
  return word;
}

function isLatinWord(word: string): boolean {
  return word.charCodeAt(0) < 0x250;
}

function isCyrillicWord(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 0x400 && c <= 0x52f;
}

/** Stem of a word norm under the language rules. */
export function stemWord(norm: string, rules: LanguageRules): string {
  if (rules.english && isLatinWord(norm)) return stemEnglish(norm);
  if (rules.russian && isCyrillicWord(norm)) return stemRussian(norm);
  return norm;
}

/** Is the norm a function word of the language? */
export function isStopWord(norm: string, rules: LanguageRules): boolean {
  if (rules.english && ENGLISH_STOPWORDS.has(norm)) return true;
  return rules.russian && RUSSIAN_STOPWORDS.has(norm);
}
