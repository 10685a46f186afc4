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

const HAS_LATIN = /\p{sc=Latin}/u;
const HAS_OTHER = /[\p{sc=Cyrillic}\p{sc=Greek}]/u;
const WORD = /[\p{L}\p{M}]+/gu;
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

/**
 * Replace look-alike letters inside mixed-script words; every replacement is one UTF-16 unit
 * for one, so offsets are unchanged.
 *
 * @example
 * foldHomoglyphs('Pаris') // Cyrillic 'а' -> 'Paris'
 */
export function foldHomoglyphs(text: string): string {
  if (!HAS_LATIN.test(text) || !HAS_OTHER.test(text)) return text;
  return text.replace(WORD, (word) => (HAS_LATIN.test(word) && HAS_OTHER.test(word) ? foldWord(word) : word));
}
