import { assertText } from './assert-text.js';

const SAMPLE = 6000;
const LETTER_RUN = /\p{L}+/gu;

const SCRIPTS: Array<[RegExp, string]> = [
  [/\p{sc=Latin}/u, 'latin'],
  [/\p{sc=Cyrillic}/u, 'cyrillic'],
  [/\p{sc=Greek}/u, 'el'],
  [/\p{sc=Arabic}/u, 'arabic'],
  [/\p{sc=Hebrew}/u, 'he'],
  [/[\p{sc=Hiragana}\p{sc=Katakana}]/u, 'ja'],
  [/\p{sc=Han}/u, 'zh'],
  [/\p{sc=Hangul}/u, 'ko'],
  [/\p{sc=Devanagari}/u, 'hi'],
  [/\p{sc=Thai}/u, 'th'],
  [/\p{sc=Armenian}/u, 'hy'],
  [/\p{sc=Georgian}/u, 'ka'],
  [/\p{sc=Bengali}/u, 'bn'],
  [/\p{sc=Tamil}/u, 'ta'],
];

const LATIN_STOPWORDS: Record<string, string[]> = {
  en: [
    'the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'was', 'with', 'on', 'said', 'he', 'it', 'as', 'by',
    'have', 'has', 'are', 'from', 'a', 'an', 'at', 'be', 'but', 'not', 'this', 'which', 'who', 'will',
    'would', 'his', 'her', 'they', 'their', 'been', 'were', 'had', 'after', 'while', 'or', 'its', 'than',
    'also', 'more', 'could', 'about', 'into', 'over', 'up', 'out', 'then', 'them', 'we', 'you', 'i', 'she',
    'there', 'what', 'when', 'no', 'can', 'all', 'one', 'two', 'new', 'last', 'year', 'years', 'percent',
  ],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'ein', 'eine', 'zu', 'den', 'mit', 'sich', 'auf', 'dem', 'auch', 'es', 'wird', 'von', 'im', 'für'],
  fr: ['le', 'la', 'les', 'et', 'des', 'est', 'une', 'un', 'du', 'que', 'dans', 'pour', 'qui', 'pas', 'sur', 'au', 'avec', 'il', 'ce', 'a'],
  es: ['el', 'la', 'los', 'las', 'y', 'que', 'del', 'en', 'un', 'una', 'por', 'con', 'para', 'es', 'se', 'al', 'lo', 'como', 'su', 'fue'],
  it: ['il', 'di', 'che', 'e', 'la', 'per', 'non', 'un', 'una', 'del', 'della', 'sono', 'è', 'con', 'gli', 'anche', 'nel', 'alla', 'ha', 'le'],
  pt: ['o', 'a', 'os', 'as', 'que', 'de', 'do', 'da', 'em', 'um', 'uma', 'para', 'com', 'não', 'por', 'mais', 'foi', 'ao', 'dos', 'se'],
  nl: ['de', 'het', 'een', 'en', 'van', 'is', 'dat', 'niet', 'op', 'te', 'zijn', 'voor', 'met', 'die', 'ook', 'aan', 'er', 'maar', 'om', 'werd'],
  pl: ['i', 'w', 'nie', 'na', 'się', 'z', 'jest', 'to', 'że', 'do', 'o', 'jak', 'ale', 'po', 'co', 'tak', 'za', 'od', 'przez', 'być'],
  tr: ['ve', 'bir', 'bu', 'da', 'de', 'için', 'ile', 'olarak', 'daha', 'çok', 'gibi', 'olan', 'en', 'ne', 'değil', 'ama', 'sonra', 'kadar', 'her', 'o'],
};
const LATIN_INDEX = new Map<string, string[]>();
for (const [lang, words] of Object.entries(LATIN_STOPWORDS)) {
  for (const w of words) LATIN_INDEX.set(w, [...(LATIN_INDEX.get(w) ?? []), lang]);
}
const LANGUAGE_ORDER = Object.keys(LATIN_STOPWORDS);

const UKRAINIAN = /[ієїґ]/u;
const BELARUSIAN = /ў/u;
const SERBIAN = /[ђћџљњ]/u;
const RUSSIAN_ONLY = /[ыэъё]/u;
const PERSIAN = /[پچژگ]/u;

/**
 * Guess the language of a text from its script and its commonest function words, looking at
 * a fixed-size sample so the cost does not grow with the document. Returns an ISO 639-1 code,
 * or 'und' when there is nothing to go on. Deterministic.
 *
 * @example
 * detectLanguage('The Kremlin said on Monday that talks had begun.'); // 'en'
 * detectLanguage('Кремль заявил, что переговоры начались.'); // 'ru'
 */
export function detectLanguage(text: string): string {
  assertText(text, 'detectLanguage');
  const sample = text.length <= SAMPLE ? text : text.slice(0, SAMPLE / 2) + ' ' + text.slice(text.length >> 1, (text.length >> 1) + SAMPLE / 2);
  const counts = new Map<string, number>();
  const words: string[] = [];
  for (const m of sample.matchAll(LETTER_RUN)) {
    const word = m[0];
    words.push(word.toLowerCase());
    const first = word[0]!;
    for (const [re, script] of SCRIPTS) {
      if (re.test(first)) {
        counts.set(script, (counts.get(script) ?? 0) + word.length);
        break;
      }
    }
  }
  let script = 'und';
  let best = 0;
  for (const [name, count] of counts) {
    if (count > best) {
      best = count;
      script = name;
    }
  }
  if (script === 'cyrillic') {
    const joined = words.join(' ');
    if (UKRAINIAN.test(joined) && !RUSSIAN_ONLY.test(joined)) return 'uk';
    if (BELARUSIAN.test(joined)) return 'be';
    if (SERBIAN.test(joined)) return 'sr';
    return 'ru';
  }
  if (script === 'arabic') return PERSIAN.test(sample) ? 'fa' : 'ar';
  if (script === 'zh' && (counts.get('ja') ?? 0) > 0) return 'ja';
  if (script !== 'latin') return script;
  const votes = new Map<string, number>();
  for (const w of words) {
    const langs = LATIN_INDEX.get(w);
    if (langs) for (const l of langs) votes.set(l, (votes.get(l) ?? 0) + 1 / langs.length);
  }
  let lang = 'und';
  let top = 0;
  for (const l of LANGUAGE_ORDER) {
    const v = votes.get(l) ?? 0;
    if (v > top) {
      top = v;
      lang = l;
    }
  }
  // Short English sentences share a word or two with other languages ("per", "a", "die"); the
  // matcher calls this per sentence, so another language needs clear evidence to beat English.
  const english = votes.get('en') ?? 0;
  if (lang !== 'en' && (top < 3 || top < 2 * english)) return english > 0 ? 'en' : top >= 2 ? lang : 'und';
  return lang;
}
