import { isTrimmableAt } from './text-chars.js';
import { isStopWord, normAcronym, normNumber, normWord, stemWord, type LanguageRules } from './token-norms.js';
import type { Token } from './types.js';

const KANA_HAN = String.raw`\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}`;
/**
 * One pass over normalised text. Alternatives, in order: dotted acronyms (u.s., e.g.),
 * numbers (1,000 / 3.5 / 5m), the percent sign, one token per Han/Kana character (no spaces
 * to split on), and words of any other script with inner apostrophes. Hyphens and dots
 * between words split them, so "rare-earth" reads like "rare earth".
 */
const TOKEN = new RegExp(
  String.raw`(\p{L}(?:\.\p{L})+\.?)(?![\p{L}\p{N}])` +
    String.raw`|(\p{N}+(?:[.,]\p{N}+)*[\p{L}\p{M}]*)` +
    '|(%)' +
    `|([${KANA_HAN}])` +
    String.raw`|([[\p{L}\p{M}\p{N}]--[${KANA_HAN}]]+(?:'[[\p{L}\p{M}]--[${KANA_HAN}]]+)*)`,
  'gv',
);

/**
 * Tokens of `norm.slice(from, to)`, with offsets mapped back to `original` through `map` and
 * shifted by `offset`. Shared by `tokenize` and `analyzeDocument`.
 */
export function tokenizeRange(
  original: string,
  norm: string,
  map: Int32Array,
  from: number,
  to: number,
  rules: LanguageRules,
  offset: number,
  out: Token[],
): void {
  const slice = from === 0 && to === norm.length ? norm : norm.slice(from, to);
  TOKEN.lastIndex = 0;
  let previous: Token | undefined;
  let previousEnd = -1;
  for (let m = TOKEN.exec(slice); m !== null; m = TOKEN.exec(slice)) {
    const ns = from + m.index;
    const ne = ns + m[0].length;
    let start = map[ns]!;
    let end = map[ne]!;
    while (start < end && isTrimmableAt(original, start)) start++;
    while (end > start + 1 && isTrimmableAt(original, end - 1)) end--;
    if (end <= start) continue;
    let norm1: string;
    let type: Token['type'] = 'word';
    if (m[1] !== undefined) norm1 = normAcronym(m[1]);
    else if (m[2] !== undefined) {
      norm1 = normNumber(m[2]);
      type = 'number';
    } else if (m[3] !== undefined) norm1 = 'percent';
    else norm1 = m[4] ?? normWord(m[5]!, rules);
    // "per cent" is one token, so it equals "percent" and "%".
    if (norm1 === 'cent' && previous?.norm === 'per' && ns === previousEnd + 1 && slice.charCodeAt(m.index - 1) === 0x20) {
      previous.end = end + offset;
      previous.norm = 'percent';
      previous.stem = stemWord('percent', rules);
      previous.stop = false;
      previousEnd = ne;
      continue;
    }
    const token: Token = {
      start: start + offset,
      end: end + offset,
      norm: norm1,
      stem: type === 'number' ? norm1 : stemWord(norm1, rules),
      stop: type === 'word' && isStopWord(norm1, rules),
      type,
    };
    out.push(token);
    previous = token;
    previousEnd = ne;
  }
}

