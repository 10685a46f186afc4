import { LETTER as LETTER_, MARK as MARK_, classAt as classAt_ } from './char-class.js';

// Module-local copies of hot imports: transpiled ESM (vitest, tsx) reads every use of an
// import through a getter, and these run once per character.
const LETTER = LETTER_;
const MARK = MARK_;
const classAt = classAt_;

/**
 * Look-alike letters across Latin, Cyrillic and Greek. Written by hand, word by word, because
 * generic confusables tables map whole Cyrillic words to Latin and so damage real Russian:
 * here only words that already mix scripts are touched, toward the script they mostly use.
 */
type Script = 'latin' | 'cyrillic' | 'greek';

const CYRILLIC_TO_LATIN = 'АAВBЕEКKМMНHОOРPСCТTХXУYЅSІIЈJԚQԜWҮYҺHӀIаaеeоoрpсcуyхxѕsіiјjһhԁdԛqԝwӏlүyкk';
const GREEK_TO_LATIN = 'ΑAΒBΕEΖZΗHΙIΚKΜMΝNΟOΡPΤTΥYΧXοoιiαaνvκkρpυuχx';
const LATIN_TO_CYRILLIC = 'AАBВEЕKКMМHНOОPРCСTТXХYУaаeеoоpрcсyуxхkкiіjјsѕ';
const LATIN_TO_GREEK = 'AΑBΒEΕZΖHΗIΙKΚMΜNΝOΟPΡTΤYΥXΧoοvνiιkκpρuυxχ';

function pairs(table: string): Map<string, string> {
  const map = new Map<string, string>();
  for (let i = 0; i + 1 < table.length; i += 2) map.set(table[i]!, table[i + 1]!);
  return map;
}

const TO: Record<Script, Map<string, string>> = {
  latin: new Map([...pairs(CYRILLIC_TO_LATIN), ...pairs(GREEK_TO_LATIN)]),
  cyrillic: pairs(LATIN_TO_CYRILLIC),
  greek: pairs(LATIN_TO_GREEK),
};
/** Letters with a look-alike in another script: they do not tell which script a word is in. */
const AMBIGUOUS = new Set<string>([...TO.latin.keys(), ...TO.cyrillic.keys(), ...TO.greek.keys()]);


/** A plain loop: a Unicode-property regex over a whole megabyte costs ~10 ms. */
function hasCyrillicOrGreek(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x370 && c <= 0x52f) return true;
    if (c >= 0x1c80 && c <= 0x1c8f) return true;
    if (c >= 0x1f00 && c <= 0x1fff) return true;
    if (c >= 0x2de0 && c <= 0x2dff) return true;
    if (c >= 0xa640 && c <= 0xa69f) return true;
  }
  return false;
}
const LATIN_CHAR = /\p{sc=Latin}/u;
const CYRILLIC_CHAR = /\p{sc=Cyrillic}/u;
const GREEK_CHAR = /\p{sc=Greek}/u;

function scriptOf(ch: string): Script | undefined {
  if (LATIN_CHAR.test(ch)) return 'latin';
  if (CYRILLIC_CHAR.test(ch)) return 'cyrillic';
  if (GREEK_CHAR.test(ch)) return 'greek';
  return undefined;
}

/** The script a mixed word belongs to: most distinctive letters, then most letters, then Latin. */
function chooseScript(word: string): Script {
  const distinct = { latin: 0, cyrillic: 0, greek: 0 };
  const total = { latin: 0, cyrillic: 0, greek: 0 };
  for (const ch of word) {
    const s = scriptOf(ch);
    if (!s) continue;
    total[s]++;
    if (!AMBIGUOUS.has(ch)) distinct[s]++;
  }
  const order: Script[] = ['latin', 'cyrillic', 'greek'];
  let best: Script = 'latin';
  for (const s of order) {
    if (distinct[s] > distinct[best] || (distinct[s] === distinct[best] && total[s] > total[best])) best = s;
  }
  return best;
}

function foldWord(word: string): string {
  const target = chooseScript(word);
  const table = TO[target];
  let out = '';
  for (const ch of word) {
    const s = scriptOf(ch);
    out += s !== undefined && s !== target ? (table.get(ch) ?? ch) : ch;
  }
  return out;
}

function hasLatin(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isLatinCode(text.charCodeAt(i))) return true;
  return false;
}

function isLatinCode(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

function isCyrillicOrGreekCode(c: number): boolean {
  return (c >= 0x370 && c <= 0x52f) || (c >= 0x1f00 && c <= 0x1fff);
}

/**
 * Replace look-alike letters inside mixed-script words; every replacement is one UTF-16 unit
 * for one, so offsets are unchanged.
 *
 * @example
 * foldHomoglyphs('Pаris') // Cyrillic 'а' -> 'Paris'
 */
export function foldHomoglyphs(text: string): string {
  if (!hasCyrillicOrGreek(text) || !hasLatin(text)) return text;
  const parts: string[] = [];
  let last = 0;
  let wordStart = -1;
  let latin = false;
  let other = false;
  for (let i = 0; i <= text.length; i++) {
    const cls = i < text.length ? classAt(text, i) : 0;
    if ((cls & (LETTER | MARK)) !== 0) {
      if (wordStart < 0) {
        wordStart = i;
        latin = false;
        other = false;
      }
      const c = text.charCodeAt(i);
      if (isLatinCode(c)) latin = true;
      else if (isCyrillicOrGreekCode(c)) other = true;
    } else if (wordStart >= 0) {
      if (latin && other) {
        parts.push(text.slice(last, wordStart), foldWord(text.slice(wordStart, i)));
        last = i;
      }
      wordStart = -1;
    }
  }
  if (parts.length === 0) return text;
  parts.push(text.slice(last));
  return parts.join('');
}
