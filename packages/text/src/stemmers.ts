// Porter (1980) for English from `stemmer` (words), Snowball's Russian algorithm from
// @orama/stemmers. Both replaced natural, which pulled database clients and WordNet into every
// install; test/stemmers.test.ts checks them word for word against natural's stemmers.
// Callers cache per distinct word (token-norms.ts).
import { stemmer as porterEnglish } from 'stemmer';
import { stemmer as snowballRussian } from '@orama/stemmers/russian';

/**
 * Porter stem of a lower-case English word.
 *
 * @example
 * stemEnglish('talks'); // 'talk'
 */
export function stemEnglish(word: string): string {
  return porterEnglish(word);
}

/**
 * Snowball stem of a lower-case Russian word (ё already folded to е).
 *
 * @example
 * stemRussian('переговорами'); // 'переговор'
 */
export function stemRussian(word: string): string {
  return snowballRussian(word);
}
