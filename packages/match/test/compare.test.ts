import { describe, expect, test } from 'vitest';
import { compare, type ComparisonReport, type MatchKind } from '../src/index.js';

/** A match written as the sentences a reader would pair, by their text. */
interface ExpectedMatch {
  a: string[];
  b: string[];
  kind: MatchKind;
}

interface Case {
  name: string;
  a: string;
  b: string;
  matches: ExpectedMatch[];
  /** Sentences of b that nobody else has. */
  addedB?: string[];
}

function sentenceIndex(report: ComparisonReport, text: string, d: number, sentence: string): number {
  const index = report.documents[d]!.sentences.findIndex((s) => text.slice(s.start, s.end) === sentence);
  expect(index, `sentence not found in document ${d}: ${sentence}`).toBeGreaterThanOrEqual(0);
  return index;
}

function describeMatches(report: ComparisonReport, texts: string[]): ExpectedMatch[] {
  return report.matches.map((match) => ({
    a: match.sides[0].sentences.map((i) => sliceSentence(report, texts, match.sides[0].document, i)),
    b: match.sides[1].sentences.map((i) => sliceSentence(report, texts, match.sides[1].document, i)),
    kind: match.kind,
  }));
}

function sliceSentence(report: ComparisonReport, texts: string[], d: number, i: number): string {
  const sentence = report.documents[d]!.sentences[i]!;
  return texts[d]!.slice(sentence.start, sentence.end);
}

const byFirstA = (x: ExpectedMatch, y: ExpectedMatch): number => (x.a[0]! < y.a[0]! ? -1 : x.a[0]! > y.a[0]! ? 1 : 0);

const cases: Case[] = [
  {
    name: 'verbatim copy with folded differences (curly quotes, U.S./US, a line wrap)',
    a: 'The U.S. Treasury will sell $40 billion of new bonds next week. “We are ready for the auction,” a Treasury official said on Tuesday.',
    b: 'The US Treasury will sell $40 billion of new bonds\nnext week. "We are ready for the auction," a Treasury official said on Tuesday.',
    matches: [
      { a: ['The U.S. Treasury will sell $40 billion of new bonds next week.'], b: ['The US Treasury will sell $40 billion of new bonds\nnext week.'], kind: 'verbatim' },
      {
        a: ['“We are ready for the auction,” a Treasury official said on Tuesday.'],
        b: ['"We are ready for the auction," a Treasury official said on Tuesday.'],
        kind: 'verbatim',
      },
    ],
  },
  {
    name: 'edited: trimmed, attribution changed, number updated',
    a: 'Firefighters battled the blaze at the Leeds warehouse for more than six hours before bringing it under control late on Sunday night. The fire destroyed 1,200 tonnes of stored grain, West Yorkshire Fire Service said. Three people were injured in the fire, a spokesman for West Yorkshire Fire Service said on Monday.',
    b: 'Firefighters battled the blaze at the Leeds warehouse for more than six hours. The fire destroyed 1,500 tonnes of stored grain, West Yorkshire Fire Service said. Three people were injured in the fire, police said on Monday.',
    matches: [
      {
        a: ['Firefighters battled the blaze at the Leeds warehouse for more than six hours before bringing it under control late on Sunday night.'],
        b: ['Firefighters battled the blaze at the Leeds warehouse for more than six hours.'],
        kind: 'edited',
      },
      {
        a: ['The fire destroyed 1,200 tonnes of stored grain, West Yorkshire Fire Service said.'],
        b: ['The fire destroyed 1,500 tonnes of stored grain, West Yorkshire Fire Service said.'],
        kind: 'edited',
      },
      {
        a: ['Three people were injured in the fire, a spokesman for West Yorkshire Fire Service said on Monday.'],
        b: ['Three people were injured in the fire, police said on Monday.'],
        kind: 'edited',
      },
    ],
  },
  {
    name: 'paraphrase',
    a: 'The health minister resigned on Thursday after weeks of pressure over the hospital waiting lists scandal.',
    b: 'After weeks of mounting pressure over the scandal about hospital waiting lists, the health minister quit on Thursday.',
    matches: [
      {
        a: ['The health minister resigned on Thursday after weeks of pressure over the hospital waiting lists scandal.'],
        b: ['After weeks of mounting pressure over the scandal about hospital waiting lists, the health minister quit on Thursday.'],
        kind: 'paraphrase',
      },
    ],
  },
  {
    name: 'partial: a lifted quote in an otherwise different sentence',
    a: '"Justice has finally been done for Sarah after nine long years of waiting," the family lawyer told reporters outside Leeds Crown Court after the verdict.',
    b: 'Campaigners outside the building cheered and held up photographs as the news spread, one shouting that justice has finally been done for Sarah after nine long years of waiting.',
    matches: [
      {
        a: ['"Justice has finally been done for Sarah after nine long years of waiting," the family lawyer told reporters outside Leeds Crown Court after the verdict.'],
        b: ['Campaigners outside the building cheered and held up photographs as the news spread, one shouting that justice has finally been done for Sarah after nine long years of waiting.'],
        kind: 'partial',
      },
    ],
  },
  {
    name: 'a sentence trimmed in one place and its other clause lifted into another sentence',
    a: 'The council approved plans for 300 new homes on the former colliery site, and said a new primary school for 420 pupils would open on the site in September 2026.',
    b: 'The council approved plans for 300 new homes on the former colliery site on Tuesday. Work will start in the spring. Parents welcomed the news that a new primary school for 420 pupils would open on the site in September 2026, though some questioned the date.',
    matches: [
      {
        a: ['The council approved plans for 300 new homes on the former colliery site, and said a new primary school for 420 pupils would open on the site in September 2026.'],
        b: ['The council approved plans for 300 new homes on the former colliery site on Tuesday.'],
        kind: 'edited',
      },
      {
        a: ['The council approved plans for 300 new homes on the former colliery site, and said a new primary school for 420 pupils would open on the site in September 2026.'],
        b: ['Parents welcomed the news that a new primary school for 420 pupils would open on the site in September 2026, though some questioned the date.'],
        kind: 'partial',
      },
    ],
    addedB: ['Work will start in the spring.'],
  },
  {
    name: 'reordered sentences are all found',
    a: 'The council approved the new budget on Wednesday. Council tax will rise by 4.99 per cent from April. Libraries in three villages will close.',
    b: 'Libraries in three villages will close. The council approved the new budget on Wednesday. Council tax will rise by 4.99 per cent from April.',
    matches: [
      { a: ['Council tax will rise by 4.99 per cent from April.'], b: ['Council tax will rise by 4.99 per cent from April.'], kind: 'verbatim' },
      { a: ['Libraries in three villages will close.'], b: ['Libraries in three villages will close.'], kind: 'verbatim' },
      { a: ['The council approved the new budget on Wednesday.'], b: ['The council approved the new budget on Wednesday.'], kind: 'verbatim' },
    ],
  },
  {
    name: 'one sentence split into two',
    a: 'The Tyne Bridge, which opened in 1928, will close for repairs in May and is expected to reopen to traffic in the autumn.',
    b: 'The Tyne Bridge opened in 1928. It will close for repairs in May and is expected to reopen to traffic in the autumn.',
    matches: [
      {
        a: ['The Tyne Bridge, which opened in 1928, will close for repairs in May and is expected to reopen to traffic in the autumn.'],
        b: ['The Tyne Bridge opened in 1928.', 'It will close for repairs in May and is expected to reopen to traffic in the autumn.'],
        kind: 'edited',
      },
    ],
  },
  {
    name: 'one sentence split into three',
    a: 'The Tyne Bridge, which opened in 1928 and carries 60,000 vehicles a day, will close for repairs in May, the council said on Tuesday.',
    b: 'The Tyne Bridge opened in 1928. It carries 60,000 vehicles a day. It will close for repairs in May, the council said on Tuesday.',
    matches: [
      {
        a: ['The Tyne Bridge, which opened in 1928 and carries 60,000 vehicles a day, will close for repairs in May, the council said on Tuesday.'],
        b: ['The Tyne Bridge opened in 1928.', 'It carries 60,000 vehicles a day.', 'It will close for repairs in May, the council said on Tuesday.'],
        kind: 'edited',
      },
    ],
  },
  {
    name: 'two sentences merged into one',
    a: 'Shares in Rolls-Royce fell 8 per cent in early trading. The engine maker cut its profit forecast for the second time this year.',
    b: 'Shares in Rolls-Royce fell 8 per cent in early trading after the engine maker cut its profit forecast for the second time this year.',
    matches: [
      {
        a: ['Shares in Rolls-Royce fell 8 per cent in early trading.', 'The engine maker cut its profit forecast for the second time this year.'],
        b: ['Shares in Rolls-Royce fell 8 per cent in early trading after the engine maker cut its profit forecast for the second time this year.'],
        kind: 'edited',
      },
    ],
  },
  {
    name: 'added sentences stay added',
    a: 'A 34-year-old man has been charged with burglary after a break-in at a jewellers in Harrogate.',
    b: 'A 34-year-old man has been charged with burglary after a break-in at a jewellers in Harrogate. The shop had been targeted twice before. Its owner said she was thinking of moving to Ripon.',
    matches: [
      {
        a: ['A 34-year-old man has been charged with burglary after a break-in at a jewellers in Harrogate.'],
        b: ['A 34-year-old man has been charged with burglary after a break-in at a jewellers in Harrogate.'],
        kind: 'verbatim',
      },
    ],
    addedB: ['The shop had been targeted twice before.', 'Its owner said she was thinking of moving to Ripon.'],
  },
];

describe('compare: table of reuse cases', () => {
  test.each(cases)('$name', ({ a, b, matches, addedB = [] }) => {
    const report = compare([{ text: a }, { text: b }]);
    expect(describeMatches(report, [a, b]).sort(byFirstA)).toEqual([...matches].sort(byFirstA));
    for (const sentence of addedB) {
      const index = sentenceIndex(report, b, 1, sentence);
      expect(report.documents[1]!.sentences[index]).toMatchObject({ status: 'added', matchIds: [] });
    }
    // The other order finds the same pairs, with the sides swapped.
    const swapped = compare([{ text: b }, { text: a }]);
    expect(describeMatches(swapped, [b, a]).map(({ a: x, b: y, kind }) => ({ a: y, b: x, kind })).sort(byFirstA)).toEqual([...matches].sort(byFirstA));
  });
});

describe('compare: evidence inside a match', () => {
  test('spans slice the shared words and the diff maps each step to both texts', () => {
    const a = 'The fire destroyed 1,200 tonnes of stored grain, West Yorkshire Fire Service said.';
    const b = 'The fire destroyed 1,500 tonnes of stored grain, a spokesman for the owners said.';
    const report = compare([{ text: a }, { text: b }]);
    const [match] = report.matches;
    expect(match!.sides[0].spans.map(([s, e]) => a.slice(s, e))).toEqual(['The fire destroyed', 'tonnes of stored grain', 'said']);
    expect(match!.sides[1].spans.map(([s, e]) => b.slice(s, e))).toEqual(['The fire destroyed', 'tonnes of stored grain', 'said']);
    expect(match!.diff.map((step) => [step.op, step.a && a.slice(...step.a), step.b && b.slice(...step.b)])).toEqual([
      ['equal', 'The fire destroyed', 'The fire destroyed'],
      ['delete', '1,200', undefined],
      ['insert', undefined, '1,500'],
      ['equal', 'tonnes of stored grain', 'tonnes of stored grain'],
      ['delete', 'West Yorkshire Fire Service', undefined],
      ['insert', undefined, 'a spokesman for the owners'],
      ['equal', 'said', 'said'],
    ]);
  });

  test('a partial match spans exactly the lifted passage', () => {
    const a = '"Justice has finally been done for Sarah after nine long years of waiting," the family lawyer told reporters outside Leeds Crown Court after the verdict.';
    const b = 'Campaigners outside the building cheered and held up photographs as the news spread, one shouting that justice has finally been done for Sarah after nine long years of waiting.';
    const [match] = compare([{ text: a }, { text: b }]).matches;
    expect(match!.kind).toBe('partial');
    const longest = (text: string, spans: Array<[number, number]>) =>
      spans.map(([s, e]) => text.slice(s, e)).reduce((x, y) => (y.length > x.length ? y : x), '');
    expect(longest(a, match!.sides[0].spans)).toBe('Justice has finally been done for Sarah after nine long years of waiting');
    expect(longest(b, match!.sides[1].spans)).toBe('justice has finally been done for Sarah after nine long years of waiting');
  });

  test('sentence reports carry exact offsets, status, kind and stats', () => {
    const a = 'Libraries in three villages will close. The mayor was unavailable.';
    const b = 'The council met on Monday.\n\nLibraries in three villages will close.';
    const report = compare([{ text: a, id: 'wire' }, { text: b, outlet: 'Gazette' }]);
    const [docA, docB] = report.documents;
    expect(docA!.id).toBe('wire');
    expect(docB).toMatchObject({ id: 'doc-2', outlet: 'Gazette' });
    expect(docB!.sentences.map((s) => [b.slice(s.start, s.end), s.status, s.kind, s.matchIds])).toEqual([
      ['The council met on Monday.', 'added', undefined, []],
      ['Libraries in three villages will close.', 'reused', 'verbatim', [0]],
    ]);
    expect(docB!.stats).toEqual({
      sentences: 2,
      reusedSentences: 1,
      addedSentences: 1,
      characters: 'The council met on Monday.'.length + 'Libraries in three villages will close.'.length,
      reusedCharacters: 'Libraries in three villages will close.'.length,
      reusedShare: 'Libraries in three villages will close.'.length / ('The council met on Monday.'.length + 'Libraries in three villages will close.'.length),
      byKind: { verbatim: 1, edited: 0, paraphrase: 0, partial: 0 },
    });
  });

  test('minScore drops matches below it', () => {
    const a = 'The fire destroyed 1,200 tonnes of stored grain, West Yorkshire Fire Service said.';
    const b = 'The fire destroyed 1,500 tonnes of stored grain, a spokesman for the owners said.';
    const score = compare([{ text: a }, { text: b }]).matches[0]!.score;
    expect(compare([{ text: a }, { text: b }], { minScore: Math.min(1, score + 0.01) }).matches).toEqual([]);
  });
});

describe('compare: three documents', () => {
  const wire = 'Storm Ciara closed 40 schools across Yorkshire on Monday. Winds of up to 90mph were recorded on the coast. The Met Office issued an amber warning.';
  const paperOne = 'Winds of up to 90mph were recorded on the coast. Storm Ciara closed 40 schools across Yorkshire on Monday. Parents were told on Sunday night.';
  const paperTwo = 'Storm Ciara shut 40 schools across Yorkshire on Monday. The Met Office issued an amber warning. Our reporter spent the night in Whitby.';
  const documents = [
    { id: 'paper-1', text: paperOne, publishedAt: '2020-02-10T09:30:00Z' },
    { id: 'wire', text: wire, publishedAt: '2020-02-10T07:05:00Z' },
    { id: 'paper-2', text: paperTwo, publishedAt: '2020-02-10T11:00:00Z' },
  ];

  test('matches every pair and clusters each shared statement with its origin', () => {
    const report = compare(documents);
    const texts = documents.map((d) => d.text);
    const clusters = report.clusters.map((cluster) => ({
      members: cluster.members.map((m) => m.sentences.map((i) => `${m.document}:${sliceSentence(report, texts, m.document, i)}`)).flat(),
      origin: cluster.origin,
      matches: cluster.matchIds.length,
    }));
    expect(clusters).toEqual([
      {
        members: ['0:Winds of up to 90mph were recorded on the coast.', '1:Winds of up to 90mph were recorded on the coast.'],
        origin: { document: 1, reason: 'earliest-published' },
        matches: 1,
      },
      {
        members: [
          '0:Storm Ciara closed 40 schools across Yorkshire on Monday.',
          '1:Storm Ciara closed 40 schools across Yorkshire on Monday.',
          '2:Storm Ciara shut 40 schools across Yorkshire on Monday.',
        ],
        origin: { document: 1, reason: 'earliest-published' },
        matches: 3,
      },
      {
        members: ['1:The Met Office issued an amber warning.', '2:The Met Office issued an amber warning.'],
        origin: { document: 1, reason: 'earliest-published' },
        matches: 1,
      },
    ]);
    expect(report.documents.map((d) => d.stats.reusedSentences)).toEqual([2, 3, 2]);
    expect(report.matches.map((m) => m.id)).toEqual(report.matches.map((_, i) => i));
  });
});
