/// <reference path="./natural-modules.d.ts" />
// Deep imports: `import 'natural'` pulls in database clients and prints on load.
// Callers cache per distinct word (token-norms.ts): Porter runs a dozen regexes per call.
import porterEnglish from 'natural/lib/natural/stemmers/porter_stemmer.js';
import porterRussian from 'natural/lib/natural/stemmers/porter_stemmer_ru.js';

/**
 * Porter stem of a lower-case English word.
 *
 * @example
 * stemEnglish('talks'); // 'talk'
 */
export function stemEnglish(word: string): string {
  return porterEnglish.stem(word);
}

/**
 * Porter stem of a lower-case Russian word.
 *
 * @example
 * stemRussian('переговорами'); // 'переговор'
 */
export function stemRussian(word: string): string {
  return porterRussian.stem(word);
}
