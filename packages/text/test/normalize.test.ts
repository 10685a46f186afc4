import { describe, expect, test } from 'vitest';
import { normalize, type NormalizedOffset } from '../src/index.js';

const cases: Array<[string, string, string]> = [
  ['case', 'Kremlin SAYS', 'kremlin says'],
  ['curly double quotes', '“Rare earths”', '"rare earths"'],
  ['guillemets', '«переговоры»', '"переговоры"'],
  ['wire doubled backticks', "``It did worry me.''", '"it did worry me."'],
  ['curly apostrophe', 'Russia’s', "russia's"],
  ['modifier apostrophe and prime', 'Russiaʼs 5′', "russia's 5'"],
  ['en and em dash', 'Kyiv – Moscow — talks', 'kyiv - moscow - talks'],
  ['minus and non-breaking hyphen', '−5 rare‑earth', '-5 rare-earth'],
  ['no-break and thin spaces', 'a\u00a0b\u2009c\u202fd', 'a b c d'],
  ['space runs collapse', 'a  \t b', 'a b'],
  ['no-break space grouping digits', '10\u00a0000 and 1\u202f250\u202f000', '10000 and 1250000'],
  ['no-break space before a year stays', 'May\u00a02025 and 5\u00a02025', 'may 2025 and 5 2025'],
  ['lone newline is a space', 'hard\nwrapped', 'hard wrapped'],
  ['CRLF lone newline', 'hard\r\nwrapped', 'hard wrapped'],
  ['blank line is a paragraph break', 'one.\n\nTwo.', 'one.\n\ntwo.'],
  ['blank line with spaces', 'one.\n  \nTwo.', 'one.\n\ntwo.'],
  ['zero-width space removed', 'Rus\u200bsia', 'russia'],
  ['soft hyphen removed', 'Rus\u00adsia', 'russia'],
  ['BOM removed', '\ufeffHello', 'hello'],
  ['word joiner and bidi marks', 'a\u2060b\u200ec\u202bd\u202c', 'abcd'],
  ['ZWJ in Latin removed', 'Kre\u200dmlin', 'kremlin'],
  ['ZWJ kept in emoji sequence', '👩\u200d💻', '👩\u200d💻'],
  ['NFKC ligature', 'ﬁnal', 'final'],
  ['NFKC fullwidth', 'ＵＳ', 'us'],
  ['NFKC composes combining accent', 'e\u0301te', 'éte'],
  ['ellipsis', 'wait…', 'wait...'],
  ['Cyrillic а inside Latin word', 'Pаris', 'paris'],
  ['Cyrillic О and С inside caps Latin word', 'MОSCOW', 'moscow'],
  ['Greek omicron inside Latin word', 'Kremlin wοrks', 'kremlin works'],
  ['Latin o inside Cyrillic word', 'Мoсква', 'москва'],
  ['real Russian untouched', 'Москва и Вашингтон', 'москва и вашингтон'],
  ['real Greek untouched', 'Αθήνα', 'αθήνα'],
  ['METER paragraph markers', 'line one\nline two.<\n\u0019Next para.<\n', 'line one line two.\n\nnext para.\n\n'],
  ['marker on every line is a soft wrap', 'line one <\nline two <\nline three <\n', 'line one line two line three '],
  ['dotted capital I', 'İstanbul', 'istanbul'],
];

describe('normalize folds', () => {
  test.each(cases)('%s', (_name, input, expected) => {
    expect(normalize(input).text).toBe(expected);
  });
});

function mapOf(text: string): number[] {
  const n = normalize(text);
  return Array.from({ length: n.text.length + 1 }, (_, i) => n.toOriginal(i as NormalizedOffset));
}

describe('normalize offset map', () => {
  test('identity for plain ASCII', () => {
    expect(mapOf('Talks began.')).toEqual([...Array(13).keys()]);
  });
  test('removed characters leave a gap, ends map to ends', () => {
    // R u s SHY s i a -> r u s s i a
    expect(mapOf('Rus\u00adsia')).toEqual([0, 1, 2, 4, 5, 6, 7]);
  });
  test('doubled backticks map to their first character', () => {
    expect(mapOf("``a''")).toEqual([0, 2, 3, 5]);
  });
  test('an expanded ligature maps every unit to the ligature', () => {
    expect(mapOf('ﬁx')).toEqual([0, 0, 1, 2]);
  });
  test('out-of-range offsets clamp', () => {
    const n = normalize('abc');
    expect(n.toOriginal(-5 as NormalizedOffset)).toBe(0);
    expect(n.toOriginal(99 as NormalizedOffset)).toBe(3);
    expect(n.toOriginal(Number.NaN as NormalizedOffset)).toBe(0);
  });
  test('caseFold false keeps case', () => {
    expect(normalize('“Kremlin”', { caseFold: false }).text).toBe('"Kremlin"');
  });
  test('misuse throws an exact message', () => {
    expect(() => normalize(42 as unknown as string)).toThrow(new TypeError('normalize: text must be a string, got number'));
  });
});

describe('offset brands', () => {
  test('a plain number is not a normalised offset; an original offset is a number', () => {
    const n = normalize('abc');
    // @ts-expect-error: offsets into normalised text must be branded (checked by tsc)
    const unbranded = n.toOriginal(1);
    const original: number = n.toOriginal(1 as NormalizedOffset);
    expect([unbranded, original]).toEqual([1, 1]);
  });
});
