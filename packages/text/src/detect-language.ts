import { assertText } from './assert-text.js';
import { LETTER as LETTER_, MARK as MARK_, classAt as classAt_ } from './char-class.js';

// Module-local copies of hot imports: transpiled ESM (vitest, tsx) reads every use of an
// import through a getter, and these run once per character.
const LETTER = LETTER_;
const MARK = MARK_;
const classAt = classAt_;

/** Characters looked at: half from the start, half from the middle. */
const SAMPLE = 3000;

/** Script of a letter by code point range (the ranges news text uses; others count as none). */
function scriptOf(cp: number): string | undefined {
  if (cp < 0x250) return 'latin';
  if (cp < 0x370) return undefined;
  if (cp < 0x400) return 'el';
  if (cp < 0x530) return 'cyrillic';
  if (cp < 0x590) return 'hy';
  if (cp < 0x600) return 'he';
  if (cp < 0x700 || (cp >= 0x750 && cp < 0x780) || (cp >= 0xfb50 && cp < 0xfe00) || (cp >= 0xfe70 && cp < 0xff00)) return 'arabic';
  if (cp >= 0x900 && cp < 0x980) return 'hi';
  if (cp >= 0x980 && cp < 0xa00) return 'bn';
  if (cp >= 0xb80 && cp < 0xc00) return 'ta';
  if (cp >= 0xe00 && cp < 0xe80) return 'th';
  if (cp >= 0x10a0 && cp < 0x1100) return 'ka';
  if ((cp >= 0x1100 && cp < 0x1200) || (cp >= 0x3130 && cp < 0x3190) || (cp >= 0xac00 && cp < 0xd7b0)) return 'ko';
  if (cp >= 0x1e00 && cp < 0x1f00) return 'latin';
  if (cp >= 0x1f00 && cp < 0x2000) return 'el';
  if (cp >= 0x3040 && cp < 0x3100) return 'ja';
  if ((cp >= 0x3400 && cp < 0x4dc0) || (cp >= 0x4e00 && cp < 0xa000) || (cp >= 0x20000 && cp < 0x2fa20)) return 'zh';
  return undefined;
}

/** Function words are short: longer words are not looked up. */
const MAX_STOPWORD_LENGTH = 7;

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
  const shortWords: string[] = [];
  // A plain scan over letters: a global Unicode regex allocates a match per word.
  for (let i = 0; i < sample.length; ) {
    if ((classAt(sample, i) & LETTER) === 0) {
      i++;
      continue;
    }
    const start = i;
    while (i < sample.length && (classAt(sample, i) & (LETTER | MARK)) !== 0) i++;
    const script = scriptOf(sample.codePointAt(start)!);
    if (script === undefined) continue;
    counts.set(script, (counts.get(script) ?? 0) + (i - start));
    if (script === 'latin' && i - start <= MAX_STOPWORD_LENGTH) shortWords.push(sample.slice(start, i).toLowerCase());
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
    const lower = sample.toLowerCase();
    if (UKRAINIAN.test(lower) && !RUSSIAN_ONLY.test(lower)) return 'uk';
    if (BELARUSIAN.test(lower)) return 'be';
    if (SERBIAN.test(lower)) return 'sr';
    return 'ru';
  }
  if (script === 'arabic') return PERSIAN.test(sample) ? 'fa' : 'ar';
  if (script === 'zh' && (counts.get('ja') ?? 0) > 0) return 'ja';
  if (script !== 'latin') return script;
  const votes = new Map<string, number>();
  for (const w of shortWords) {
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
