import { describe, expect, test } from 'vitest';
import { segment } from '../src/index.js';

function sentencesOf(text: string): string[] {
  return segment(text).sentences.map((s) => text.slice(s.start, s.end));
}

// Each case: input, then the sentences expected (written for these tests).
const cases: Array<[string, string, string[]]> = [
  ['two plain sentences', 'Talks began on Monday. They ended on Friday.', ['Talks began on Monday.', 'They ended on Friday.']],
  ['titles', 'Mr. Peskov met Dr. Smith and Prof. Jones.', ['Mr. Peskov met Dr. Smith and Prof. Jones.']],
  ['military and political titles', 'Gen. Gerasimov, Lt. Col. Ivanov, Sen. Graham, Rep. Smith and Gov. Abbott spoke.', ['Gen. Gerasimov, Lt. Col. Ivanov, Sen. Graham, Rep. Smith and Gov. Abbott spoke.']],
  ['months and numbers', 'On Jan. 5 the No. 2 official quit.', ['On Jan. 5 the No. 2 official quit.']],
  ['decimals and amounts', 'Output rose 3.5 per cent to 1.5m tonnes. Prices fell.', ['Output rose 3.5 per cent to 1.5m tonnes.', 'Prices fell.']],
  ['initials', 'The book by J. K. Rowling sold well. Critics agreed.', ['The book by J. K. Rowling sold well.', 'Critics agreed.']],
  ['U.S. inside a sentence', 'The U.S. Treasury imposed sanctions.', ['The U.S. Treasury imposed sanctions.']],
  ['U.S. ending a sentence', 'Talks were held in the U.S. The Kremlin confirmed it.', ['Talks were held in the U.S.', 'The Kremlin confirmed it.']],
  ['U.K. and U.N.', 'The U.K. envoy told the U.N. Security Council.', ['The U.K. envoy told the U.N. Security Council.']],
  ['time abbreviations', 'The vote is at 9 a.m. on Tuesday, not 5 p.m. Monday.', ['The vote is at 9 a.m. on Tuesday, not 5 p.m. Monday.']],
  ['company suffix ending a sentence', 'Shares of Acme Inc. rose. The firm declined to comment.', ['Shares of Acme Inc. rose.', 'The firm declined to comment.']],
  ['company suffix then sentence opener', 'He joined Acme Inc. The firm grew.', ['He joined Acme Inc.', 'The firm grew.']],
  ['Co. and Corp. and Ltd. inside', 'Ford Motor Co. Chief Executive Jim Farley and Acme Corp. and Widget Ltd. agreed.', ['Ford Motor Co. Chief Executive Jim Farley and Acme Corp. and Widget Ltd. agreed.']],
  ['Jr. and Sr. inside', 'Martin Luther King Jr. Day and John Smith Sr. Park opened.', ['Martin Luther King Jr. Day and John Smith Sr. Park opened.']],
  ['e.g. and i.e. and vs.', 'Metals, e.g. neodymium, i.e. rare earths, vs. oil.', ['Metals, e.g. neodymium, i.e. rare earths, vs. oil.']],
  ['etc. mid-sentence', 'Lasers, magnets, etc. are made from them.', ['Lasers, magnets, etc. are made from them.']],
  ['dotted names', 'Caliber.Az reports that example.com was down.', ['Caliber.Az reports that example.com was down.']],
  ['ellipsis inside', 'He paused... and then he left.', ['He paused... and then he left.']],
  ['unicode ellipsis inside', 'He paused… and then he left.', ['He paused… and then he left.']],
  ['ellipsis before a name stays inside', 'The talks… Russia wants more.', ['The talks… Russia wants more.']],
  ['ellipsis before an opener ends', 'He paused... Then he left.', ['He paused...', 'Then he left.']],
  ['quote stays with its sentence', '"We have not signed anything," he said. Talks go on.', ['"We have not signed anything," he said.', 'Talks go on.']],
  ['full stop inside closing quote, lower case after', '"It is over." he said.', ['"It is over." he said.']],
  ['full stop inside closing quote, capital after', '"No." Peskov said nothing more.', ['"No."', 'Peskov said nothing more.']],
  ['curly closing quote', '“No documents have been signed.” Peskov added.', ['“No documents have been signed.”', 'Peskov added.']],
  ['closing bracket', 'He left (again.) Then he came back.', ['He left (again.)', 'Then he came back.']],
  ['question and exclamation', 'Is it over? No! It goes on.', ['Is it over?', 'No!', 'It goes on.']],
  ['CJK full stops', '会谈开始了。双方同意。', ['会谈开始了。', '双方同意。']],
  ['Russian', 'Переговоры начались. Песков это подтвердил.', ['Переговоры начались.', 'Песков это подтвердил.']],
  ['Russian initials', 'В. В. Путин встретился с С. В. Лавровым.', ['В. В. Путин встретился с С. В. Лавровым.']],
  ['Russian year abbreviation', 'В 1999 г. Путин стал премьером. В 2000 г. он стал президентом.', ['В 1999 г. Путин стал премьером.', 'В 2000 г. он стал президентом.']],
  ['Russian abbreviation ending a sentence', 'Добыча выросла на 5 млн т. в 2024 г. Это рекорд.', ['Добыча выросла на 5 млн т. в 2024 г.', 'Это рекорд.']],
  ['US state abbreviations', 'He lives in Portland, Ore. The city is wet. Officials in Springfield, Ill. Governor Smith said so.', ['He lives in Portland, Ore.', 'The city is wet.', 'Officials in Springfield, Ill. Governor Smith said so.']],
  ['wire doubled quotes', "He said: ``It did worry me.'' She agreed.", ["He said: ``It did worry me.''", 'She agreed.']],
  ['dash-led sentence after a full stop', 'It ended. — Then what?', ['It ended.', '— Then what?']],
  ['plain article: each line a paragraph', 'Kremlin confirms talks\nTalks began on Monday.\nThey ended on Friday.', ['Kremlin confirms talks', 'Talks began on Monday.', 'They ended on Friday.']],
  ['stray wrap joins a lower-case line', 'Talks began on\nMonday in Riyadh.', ['Talks began on\nMonday in Riyadh.']],
  ['paragraph separator always breaks', 'talks began on\u2029monday they ended', ['talks began on', 'monday they ended']],
  ['line separator inside a paragraph', 'talks began on\u2028monday.', ['talks began on\u2028monday.']],
  ['rule lines are dropped', 'Title\n-------\nBody text here.', ['Title', 'Body text here.']],
  ['a combining mark after a terminal stays with it', 'Mr.！\u0301 Next', ['Mr.！\u0301', 'Next']],
  ['empty', '', []],
  ['only spaces', ' \n\t \n', []],
  ['only punctuation', '... --- !!!', []],
];

describe('segment sentences', () => {
  test.each(cases)('%s', (_name, input, expected) => {
    expect(sentencesOf(input)).toEqual(expected);
  });
});

describe('hard-wrapped wire copy', () => {
  // Written in the METER wire layout: hard-wrapped lines, `<` closing each paragraph.
  const wire = [
    'RARE EARTH TALKS BEGIN<',
    '\u0019By Jane Doe, Wire News<',
    '\u0019Russia and the United States have begun talks on joint projects to mine',
    'rare-earth metals, the head of the Russian Direct Investment Fund said',
    'today.<',
    "\u0019``We have begun discussions,'' he said. Officials declined to name the",
    'companies involved.<',
  ].join('\n');

  test('lines join into paragraphs; markers and control codes stay outside sentences', () => {
    expect(sentencesOf(wire)).toEqual([
      'RARE EARTH TALKS BEGIN',
      'By Jane Doe, Wire News',
      'Russia and the United States have begun talks on joint projects to mine\nrare-earth metals, the head of the Russian Direct Investment Fund said\ntoday.',
      "``We have begun discussions,'' he said.",
      'Officials declined to name the\ncompanies involved.',
    ]);
    expect(segment(wire).sentences.map((s) => s.role)).toEqual(['headline', 'byline', 'body', 'body', 'body']);
    expect(segment(wire).paragraphs).toHaveLength(4);
  });

  test('every line marked with ` <` is a soft wrap', () => {
    const text = 'Russia and the United States have begun talks on joint projects <\nto mine rare-earth metals, officials said on Monday in Moscow. <\nThe talks will go on. <\n';
    expect(sentencesOf(text)).toEqual([
      'Russia and the United States have begun talks on joint projects <\nto mine rare-earth metals, officials said on Monday in Moscow.',
      'The talks will go on.',
    ]);
  });

  test('hard wraps without markers: a short line ends a paragraph', () => {
    const lines = [
      'The Kremlin said on Monday that Russia and the United States had',
      'not signed any agreement on joint projects to extract rare-earth',
      'metals, citing sanctions that remain in force against US firms.',
      'Talks would continue.',
      'Kirill Dmitriev, the investment envoy, said several companies had',
      'already shown interest in the projects but gave no names at all.',
    ];
    const { paragraphs, sentences } = segment(lines.join('\n'));
    expect(paragraphs).toHaveLength(2);
    expect(sentences).toHaveLength(3);
  });
});

describe('roles', () => {
  test('headline, byline and a dateline opening the first sentence', () => {
    const text = 'Russia, US yet to sign rare-earth deals\nBy Jane Doe and John Roe\nMOSCOW (Reuters) - Russia and the United States have not signed any deal. Talks go on.';
    const { sentences } = segment(text);
    expect(sentences.map((s) => s.role)).toEqual(['headline', 'byline', 'body', 'body']);
    expect(text.slice(sentences[2]!.contentStart, sentences[2]!.end)).toBe('Russia and the United States have not signed any deal.');
    expect(sentences[3]!.contentStart).toBeUndefined();
  });

  test.each([
    ['LONDON, March 3 (AP) — Officials met.', 'Officials met.'],
    ['WASHINGTON — The Senate voted.', 'The Senate voted.'],
    ['NEW YORK, N.Y. (AP) -- Stocks fell.', 'Stocks fell.'],
    ['Moscow (TASS) - Talks began.', 'Talks began.'],
    ['(CNN) — Talks began.', 'Talks began.'],
    ['KYIV, Ukraine (AP) — Talks began.', 'Talks began.'],
  ])('dateline in %s', (text, content) => {
    const [s] = segment(text).sentences;
    expect(s!.role).toBe('body');
    expect(text.slice(s!.contentStart, s!.end)).toBe(content);
  });

  test('a sentence that is only a dateline gets the dateline role', () => {
    const text = 'МОСКВА, 3 марта. /ТАСС/. Переговоры начались.';
    const { sentences } = segment(text);
    expect(sentences.map((s) => [text.slice(s.start, s.end), s.role])).toEqual([
      ['МОСКВА, 3 марта. /ТАСС/.', 'dateline'],
      ['Переговоры начались.', 'body'],
    ]);
  });

  test.each([
    ['NATO — the alliance — met.'],
    ['US officials said talks began.'],
    ['By Tuesday, the talks had ended.'],
    ['DRINK-DRIVING BAN COSTS ACTOR HIS JOB as a court rules.'],
    ['TV BOSS DEFENDS UNDER-FIRE CHANNEL in a speech.'],
  ])('no dateline or byline in %s', (text) => {
    const [s] = segment(text).sentences;
    expect(s!.role).toBe('body');
    expect(s!.contentStart).toBeUndefined();
  });

  test('a capitals headline with hyphens is a headline, not a dateline', () => {
    const { sentences } = segment("DRINK-DRIVING BAN COSTS ACTOR `DREAM JOB'\nThe actor lost the part, his agent said.");
    expect(sentences.map((s) => [s.role, s.contentStart])).toEqual([
      ['headline', undefined],
      ['body', undefined],
    ]);
  });

  test.each(['WASHINGTON —', 'MOSCOW (Reuters) -'])('a paragraph that is only %s is a dateline', (line) => {
    expect(segment(`${line}\nThe Senate voted on Monday.`).sentences[0]!.role).toBe('dateline');
  });

  test('a lead sentence with a full stop is not a headline', () => {
    expect(segment('Talks began on Monday.\nThey ended on Friday.').sentences[0]!.role).toBe('body');
  });

  test('From ... correspondent is a byline', () => {
    expect(segment('Talks begin\nFrom our Moscow correspondent\nTalks began.').sentences.map((s) => s.role)).toEqual(['headline', 'byline', 'body']);
  });

  test('roles: false leaves every sentence body', () => {
    expect(segment('Talks begin\nBy Jane Doe\nTalks began.', { roles: false }).sentences.every((s) => s.role === 'body')).toBe(true);
  });

  test('misuse throws an exact message', () => {
    expect(() => segment(undefined as unknown as string)).toThrow(new TypeError('segment: text must be a string, got undefined'));
  });
});

describe('overlong sentences', () => {
  test('are cut at a space near 2,000 characters', () => {
    const text = 'word '.repeat(2000).trim();
    const { sentences } = segment(text);
    expect(sentences.length).toBeGreaterThan(4);
    for (const s of sentences) {
      expect(s.end - s.start).toBeLessThanOrEqual(2000);
      expect(text.slice(s.start, s.end)).toMatch(/^word( word)*$/);
    }
  });
});

describe('damaged layouts', () => {
  test('a blank line inside a sentence does not break it', () => {
    const text = 'Mr Dodd, 62, claimed that he\n\nperformed many dirty tricks\n\nfor his employer. One was a break-in.';
    expect(sentencesOf(text)).toEqual([
      'Mr Dodd, 62, claimed that he\n\nperformed many dirty tricks\n\nfor his employer.',
      'One was a break-in.',
    ]);
  });

  test('numbered list items keep their number', () => {
    expect(sentencesOf('1. Talks began.\n2. Talks ended.')).toEqual(['1. Talks began.', '2. Talks ended.']);
  });
});

describe('plain articles with short one-line paragraphs', () => {
  test('are not mistaken for hard-wrapped copy', () => {
    const lines = [
      'The Kremlin said on Monday that no rare-earth deal had been signed.',
      'Talks with Washington would go on, a spokesman told reporters in Moscow.',
      'Officials in Washington declined to comment on the remarks on Monday.',
      'Analysts said sanctions made any joint project unlikely this year.',
      'Russia holds some of the largest rare-earth reserves in the world.',
      'The talks are expected to resume in Riyadh in the middle of April.',
    ];
    const { paragraphs, sentences } = segment(lines.join('\n'));
    expect(paragraphs).toHaveLength(6);
    expect(sentences).toHaveLength(6);
  });
});
