// Deep imports: `import 'natural'` pulls in database clients and prints on load.
import porterEnglish from 'natural/lib/natural/stemmers/porter_stemmer.js';
import porterRussian from 'natural/lib/natural/stemmers/porter_stemmer_ru.js';

// Porter stemmers run a dozen regexes per word; news vocabulary is small and repetitive, so a
// per-word cache makes stemming close to a Map lookup. Bounded so a hostile input cannot grow
// it without limit.
const CACHE_LIMIT = 200_000;
const englishCache = new Map<string, string>();
const russianCache = new Map<string, string>();

function cached(cache: Map<string, string>, stem: (w: string) => string, word: string): string {
  let out = cache.get(word);
  if (out === undefined) {
    out = stem(word);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, out);
  }
  return out;
}

const stemEnglishRaw = (w: string): string => porterEnglish.stem(w);
const stemRussianRaw = (w: string): string => porterRussian.stem(w);

/** Porter stem of a lower-case English word (cached). */
export function stemEnglish(word: string): string {
  return cached(englishCache, stemEnglishRaw, word);
}

/** Porter stem of a lower-case Russian word (cached). */
export function stemRussian(word: string): string {
  return cached(russianCache, stemRussianRaw, word);
}
