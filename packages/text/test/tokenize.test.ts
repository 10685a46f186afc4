import { describe, expect, test } from 'vitest';
import { tokenize } from '../src/index.js';

const norms = (text: string, language = 'en'): string[] => tokenize(text, { language }).map((t) => t.norm);

const cases: Array<[string, string, string[]]> = [
  ['case and punctuation', 'The Kremlin, on Monday!', ['the', 'kremlin', 'on', 'monday']],
  ['U.S. variants collapse', 'U.S. U.S US us', ['us', 'us', 'us', 'us']],
  ['other dotted acronyms', 'U.K. UK U.N. E.U.', ['uk', 'uk', 'un', 'eu']],
  ['acronym before a hyphen', 'U.S.-Russia talks', ['us', 'russia', 'talks']],
  ['acronym possessive', "the U.S.'s stance, the US's stance", ['the', 'us', 'stance', 'the', 'us', 'stance']],
  ['dotted names split, not acronyms', 'Caliber.Az example.com', ['caliber', 'az', 'example', 'com']],
  ['hyphenated compounds split', 'rare-earth rare earth rare–earth', ['rare', 'earth', 'rare', 'earth', 'rare', 'earth']],
  ['per cent, percent and %', '25 per cent, 25 percent, 25%', ['25', 'percent', '25', 'percent', '25', 'percent']],
  ['thousands separators', '1,000 1000 12,500,000', ['1000', '1000', '12500000']],
  ['decimals and units', '3.5 1.5m 5m 9.30pm 1990s', ['3.5', '1.5m', '5m', '9.30pm', '1990s']],
  ['decimal comma', '3,5', ['3.5']],
  ['possessive dropped', "Russia's Putin’s leaders'", ['russia', 'putin', 'leaders']],
  ['contractions kept', "don't it's won’t", ["don't", "it's", "won't"]],
  ['-our spellings', 'colour honour labour favourite neighbours behaviour', ['color', 'honor', 'labor', 'favorite', 'neighbors', 'behavior']],
  ['-ise spellings', 'organise organised recognising criticises apologise emphasised organisation', ['organize', 'organized', 'recognizing', 'criticizes', 'apologize', 'emphasized', 'organization']],
  ['-ise words that are not variants', 'rise promise wise exercise', ['rise', 'promise', 'wise', 'exercise']],
  ['-yse spellings', 'analyse analysed paralysed', ['analyze', 'analyzed', 'paralyzed']],
  ['-re spellings', 'centre metres theatre', ['center', 'meters', 'theater']],
  ['-ence and others', 'defence offence licence programme cheque', ['defense', 'offense', 'license', 'program', 'check']],
  ['doubled l', 'travelled travelling cancelled labelled', ['traveled', 'traveling', 'canceled', 'labeled']],
  ['not -our variants', 'four hour your', ['four', 'hour', 'your']],
  ['co- prefix joins', 'co-operation co-ordinate cooperation', ['cooperation', 'coordinate', 'cooperation']],
  ['other spellings', 'aeroplane instalment towards', ['airplane', 'installment', 'toward']],
  ['homoglyphs fold in norms', 'Pаris МОСКВА', ['paris', 'москва']],
  ['invisible characters', 'Rus\u00adsia Krem\u200blin', ['russia', 'kremlin']],
  ['Cyrillic', 'Переговоры начались', ['переговоры', 'начались']],
  ['CJK one token per character', '東京で', ['東', '京', 'で']],
  ['Arabic', 'مرحبا بالعالم', ['مرحبا', 'بالعالم']],
  ['emoji are not tokens', 'talks 😀 🇺🇸 end', ['talks', 'end']],
];

describe('tokenize norms', () => {
  test.each(cases)('%s', (_name, input, expected) => {
    expect(norms(input)).toEqual(expected);
  });
});

describe('tokenize offsets and fields', () => {
  test('a multi-word token spans both words', () => {
    const text = 'rose 5 per cent';
    const [, , t] = tokenize(text);
    expect(t).toMatchObject({ norm: 'percent', type: 'word' });
    expect(text.slice(t!.start, t!.end)).toBe('per cent');
  });

  test('acronym tokens cover their dots', () => {
    const text = 'the U.S. side';
    const t = tokenize(text)[1]!;
    expect(text.slice(t.start, t.end)).toBe('U.S.');
  });

  test('invisible characters inside a word stay inside the token span', () => {
    const text = 'Rus\u00adsia';
    expect(tokenize(text).map((t) => [t.start, t.end])).toEqual([[0, 7]]);
  });

  test('wire line markers are not part of tokens', () => {
    const text = 'talks ended <\nthen resumed <\n';
    expect(tokenize(text).map((t) => text.slice(t.start, t.end))).toEqual(['talks', 'ended', 'then', 'resumed']);
  });

  test('offset option shifts every token', () => {
    expect(tokenize('Talks began', { offset: 100 }).map((t) => [t.start, t.end])).toEqual([
      [100, 105],
      [106, 111],
    ]);
  });

  test('types, stems and stop words in English', () => {
    expect(tokenize('The talks began in 2025', { language: 'en' }).map((t) => [t.norm, t.stem, t.stop, t.type])).toEqual([
      ['the', 'the', true, 'word'],
      ['talks', 'talk', false, 'word'],
      ['began', 'began', false, 'word'],
      ['in', 'in', true, 'word'],
      ['2025', '2025', false, 'number'],
    ]);
  });

  test('British and American spellings share a stem', () => {
    const stems = (text: string): string[] => tokenize(text, { language: 'en' }).map((t) => t.stem);
    expect(stems('organised colours')).toEqual(stems('organized colors'));
  });

  test('Russian ё folds to е', () => {
    expect(tokenize('Всё её', { language: 'ru' }).map((t) => t.norm)).toEqual(['все', 'ее']);
  });

  test('Russian stems and stop words', () => {
    const tokens = tokenize('Переговоры и переговорами', { language: 'ru' });
    expect(tokens.map((t) => t.stop)).toEqual([false, true, false]);
    expect(tokens[0]!.stem).toBe(tokens[2]!.stem);
  });

  test('other languages keep norm as stem', () => {
    expect(tokenize('Gespräche begannen', { language: 'de' }).map((t) => t.stem)).toEqual(['gespräche', 'begannen']);
  });

  test('language is detected when not given', () => {
    expect(tokenize('Переговоры начались в Москве.')[0]!.stem).toBe('переговор');
  });

  test('misuse throws an exact message', () => {
    expect(() => tokenize(null as unknown as string)).toThrow(new TypeError('tokenize: text must be a string, got null'));
  });
});
