import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { compare, type Change, type ComparisonReport, type Match } from '../src/index.js';
import { annotatePair } from './helpers/explain-pair.js';

/** A change as the table writes it: kind, side 0's words, side 1's words (null when absent). */
type Row = [Change['kind'], string | null, string | null];

function rows(match: Match): Row[] {
  return (match.changes ?? []).map((change) => [change.kind, change.from ?? null, change.to ?? null]);
}

// Each case: what it shows, side 0, side 1 (written for these tests), the changes expected.
const cases: Array<[string, string, string, Row[]]> = [
  ['a percentage', 'Fares will rise by 25 per cent from June, the operator said.', 'Fares will rise by 50 per cent from June, the operator said.', [['number', '25 per cent', '50 per cent']]],
  ['a sum of money', 'He was fined £500 for the offence.', 'He was fined £600 for the offence.', [['number', '£500', '£600']]],
  ['an age', 'A 26-year-old man was arrested.', 'A 27-year-old man was arrested.', [['number', '26-year-old', '27-year-old']]],
  ['a magnitude, both changed', 'Investors lost £2m in the collapse.', 'Investors lost £3 million in the collapse.', [['number', '£2m', '£3 million']]],
  ['5m and 5 million are one figure', 'The council spent £5m on the bridge.', 'The council spent £5 million on the bridge.', []],
  ['#5m and £5,000,000 are one figure', 'The firm lost #5m last year.', 'The firm lost £5,000,000 last year.', []],
  ['a number word and its numeral', 'Five people were hurt in the crash.', '5 people were hurt in the crash.', []],
  ['a title for a first name', 'The court heard that Mr Smith had left the house at noon.', 'The court heard that John Smith had left the house at noon.', [['name', 'Mr Smith', 'John Smith']]],
  ['a place', 'Talks will be held in Moscow next month.', 'Talks will be held in Russia next month.', [['name', 'Moscow', 'Russia']]],
  ['names joined by "and" read as one change', 'Officials said Russia and the United States have begun talks.', 'Officials said Moscow and Washington have begun talks.', [['name', 'Russia and the United States', 'Moscow and Washington']]],
  ['a title dropped', 'The court heard that Mr Anthony Morris had left.', 'The court heard that Anthony Morris had left.', [['name', 'Mr Anthony Morris', 'Anthony Morris']]],
  ['a day word', 'The inquest heard today that the boy died.', 'The inquest heard yesterday that the boy died.', [['date', 'today', 'yesterday']]],
  ['a weekday', 'Police closed the road on Monday.', 'Police closed the road on Tuesday.', [['date', 'Monday', 'Tuesday']]],
  ['a day of the month, with its kept month', 'The hearing was adjourned until 5 March.', 'The hearing was adjourned until 6 March.', [['date', '5 March', '6 March']]],
  ['a month, with its kept year', 'Prices rose by 5 per cent in May 2020.', 'Prices rose by 5 per cent in June 2020.', [['date', 'May 2020', 'June 2020']]],
  ['the speaker changed', 'No agreement has been signed, Peskov said.', 'No agreement has been signed, the Kremlin said.', [['attribution', 'Peskov said', 'the Kremlin said']]],
  ['the same speaker titled at length: a name change', 'Kremlin spokesperson Dmitry Peskov said no deal was signed.', 'Peskov said no deal was signed.', [['name', 'Kremlin spokesperson Dmitry Peskov', 'Peskov']]],
  ['a speaker renamed in a tag', 'The road will reopen, Mr Mansfield said.', 'The road will reopen, Michael Mansfield QC said.', [['name', 'Mr Mansfield', 'Michael Mansfield QC']]],
  ['a speaker given a role and a first name', 'Costs will rise, Salo said.', 'Costs will rise, council leader Ingrid Salo said.', [['name', 'Salo', 'council leader Ingrid Salo']]],
  ['a first name added at the start of a sentence', 'Putin said he would sign the deal.', 'Vladimir Putin said he would sign the deal.', [['name', 'Putin', 'Vladimir Putin']]],
  ['a sentence adverb before a name is no name', 'However, Putin said he would sign.', 'Putin said he would sign.', [['cut', 'However', null]]],
  ['a person for an institution', 'The ferry will close, council leader Ingrid Salo said.', 'The ferry will close, the council said.', [['attribution', 'council leader Ingrid Salo said', 'the council said']]],
  ['the same speaker, another verb', 'Smith told the court he had been at home all evening.', 'Smith said he had been at home all evening.', [['attribution', 'told the court', 'said']]],
  ['a speech tag cut', 'The road will reopen on Friday, a spokesman said.', 'The road will reopen on Friday.', [['attribution', 'a spokesman said', null]]],
  ['a speech tag added', 'The road will reopen on Friday.', 'The road will reopen on Friday, a spokesman said.', [['attribution', null, 'a spokesman said']]],
  ['the speaker named before an aside, another verb', 'Prices will rise, chief executive Marta Quist said.', 'Prices will rise, Marta Quist, the chief executive, told the Gazette.', [['attribution', 'said', 'told the Gazette']]],
  ['a speech tag moved', 'Peskov said no deal had been signed.', 'No deal had been signed, Peskov said.', [['reordered', 'Peskov said', 'Peskov said']]],
  ['an inverted tag and an aside added after it', '"We will sign it," Dmitriev told the Izvestia newspaper.', '“We will sign it,” said Dmitriev, who is also the head of the fund.', [['attribution', 'told the Izvestia newspaper', 'said'], ['added', null, 'who is also the head of the fund']]],
  ['an auxiliary in the tag is no change', 'The road will reopen, Smith said.', 'The road will reopen, Smith has said.', []],
  ['quoted words reworded', '"We have held prices for six years," the chief executive said.', '"We have kept prices for six years," the chief executive said.', [['quote', 'held', 'kept']]],
  ['curly quotes, a negation reworded', '“We will not sign it,” Peskov said.', '“We will never sign it,” Peskov said.', [['quote', 'not', 'never']]],
  ['words added inside a quote', '"We will sign it," Peskov said.', '"We will of course sign it," Peskov said.', [['quote', null, 'of course']]],
  ['a word replaced', 'The council closed the old library.', 'The council shut the old library.', [['reworded', 'closed', 'shut']]],
  ['a word added', 'Police closed the road.', 'Police quickly closed the road.', [['added', null, 'quickly']]],
  ['a word cut', 'Police quickly closed the road.', 'Police closed the road.', [['cut', 'quickly', null]]],
  ['a negation added', 'The minister will resign.', 'The minister will not resign.', [['added', null, 'not']]],
  ['two replacements around "the" read as one', 'The council closed the old library on the hill.', 'The council shut the former library on the hill.', [['reworded', 'closed the old', 'shut the former']]],
  ['"a" for "every" is a change', 'It costs 1.2 million crowns a year.', 'It costs 1.2 million crowns every year.', [['reworded', 'a', 'every']]],
  ['"the" for "a" is not', 'Police closed the road.', 'Police closed a road.', []],
  ['a phrase moved', 'On Friday the minister opened the new bridge.', 'The minister opened the new bridge on Friday.', [['reordered', 'On Friday', 'on Friday']]],
  ['case and punctuation are no change', 'Police closed the road, on Monday.', 'police closed the road on monday', []],
  ['a dateline is layout, not a change', 'LONDON (Wire) - Police closed the road.', 'Police closed the road on Monday.', [['added', null, 'on Monday']]],
  ['several changes, in reading order of side 0', 'Police closed the road on Monday after a crash, a spokesman said.', 'Police shut the road on Tuesday after a crash.', [['reworded', 'closed', 'shut'], ['date', 'Monday', 'Tuesday'], ['attribution', 'a spokesman said', null]]],
];

describe('changes: what an editor would say changed', () => {
  test.each(cases)('%s', (_name, a, b, expected) => {
    expect(rows(annotatePair(a, b))).toEqual(expected);
  });

  test.each([
    ['Fares will rise by 25 per cent from June.', 'Fares will rise by 50 per cent from June.', 'number changed: 25 -> 50 per cent'],
    ['He was fined £500.', 'He was fined £600.', 'number changed: £500 -> £600'],
    ['No agreement has been signed, Peskov said.', 'No agreement has been signed, the Kremlin said.', 'attribution changed: Peskov said -> the Kremlin said'],
    ['The road will reopen, a spokesman said.', 'The road will reopen.', 'attribution cut: "a spokesman said"'],
    ['Police closed the road.', 'Police closed the road on Tuesday night.', 'added: "on Tuesday night"'],
    ['Police closed the road on Tuesday night.', 'Police closed the road.', 'cut: "on Tuesday night"'],
    ['"We will sign it," he said.', '"We will gladly sign it," he said.', 'added to quote: "gladly"'],
    ['Police closed the road.', 'Police shut the road.', 'reworded: "closed" -> "shut"'],
    ['On Friday the minister opened the bridge.', 'The minister opened the bridge on Friday.', 'moved: "On Friday"'],
  ])('summary of %s', (a, b, summary) => {
    expect(annotatePair(a, b).changes?.map((change) => change.summary)).toEqual([summary]);
  });

  test('a long passage is cut short in the summary, never in from/to', () => {
    const added = 'after a three-hour debate that was interrupted twice by protesters in the public gallery';
    const [change] = annotatePair('The council approved the closure.', `The council approved the closure ${added}.`).changes!;
    expect(change!.to).toBe(added);
    expect(change!.summary.length).toBeLessThan(80);
    expect(change!.summary).toMatch(/^added: "after a three-hour debate .*…"$/);
  });

  test('offsets slice the caller\'s own text, line breaks and all', () => {
    const a = 'Fares will rise by 25\nper cent, the operator said.';
    const b = 'Fares will rise by 50 per cent, the   operator said.';
    const match = annotatePair(a, b);
    const [change] = match.changes!;
    expect(change).toMatchObject({ kind: 'number', a: [19, 30], b: [19, 30], from: '25\nper cent', to: '50 per cent', summary: 'number changed: 25 -> 50 per cent' });
  });

  test('verbatim and partial matches get no changes; edited and paraphrase ones always get a list', () => {
    expect(annotatePair('Police closed the road.', 'Police closed the road.', 'verbatim').changes).toBeUndefined();
    expect(annotatePair('Police closed the road.', 'Police shut the road.', 'partial').changes).toBeUndefined();
    expect(annotatePair('The council spent £5m.', 'The council spent £5 million.', 'edited').changes).toEqual([]);
    expect(annotatePair('Police closed the road.', 'Police shut the road.', 'paraphrase').changes).toHaveLength(1);
  });
});

/** Change as seen from the other side: what compare([B, A]) must report for compare([A, B])'s change. */
function mirrored(change: Change): string {
  const kind = change.kind === 'added' ? 'cut' : change.kind === 'cut' ? 'added' : change.kind;
  return JSON.stringify([kind, change.b ?? null, change.a ?? null, change.to ?? null, change.from ?? null]);
}

function plain(change: Change): string {
  return JSON.stringify([change.kind, change.a ?? null, change.b ?? null, change.from ?? null, change.to ?? null]);
}

function expectMirrored(forward: ComparisonReport, backward: ComparisonReport): void {
  expect(backward.matches.length).toBe(forward.matches.length);
  const key = (sentencesA: number[], sentencesB: number[]): string => `${sentencesA.join(',')}|${sentencesB.join(',')}`;
  const byPair = new Map(backward.matches.map((match) => [key(match.sides[1].sentences, match.sides[0].sentences), match]));
  for (const match of forward.matches) {
    const other = byPair.get(key(match.sides[0].sentences, match.sides[1].sentences));
    expect(other).toBeDefined();
    // Same changes, mirrored; each list in reading order of its own side 0.
    expect((other!.changes ?? []).map(mirrored).sort()).toEqual((match.changes ?? []).map(plain).sort());
    expect(other!.quote).toBe(match.quote);
    expect(other!.sides[1].quoted).toEqual(match.sides[0].quoted);
    expect(other!.sides[0].quoted).toEqual(match.sides[1].quoted);
  }
}

const WIRE =
  'Councillors in Porthaven voted on Tuesday to close the ferry after 112 years, council leader Ingrid Salo said.\n\n' +
  '"We cannot keep asking taxpayers to cover a loss of 1.2 million crowns a year," Salo told the meeting.\n\n' +
  'About 40,000 passengers used the service last year, down from 150,000 in 2005.';
const OUTLET =
  'Porthaven councillors voted on Wednesday to close the ferry after 112 years, the council said.\n\n' +
  '"We cannot keep asking taxpayers to cover a loss of 1.4 million crowns every year," Salo said.\n\n' +
  'Some 40,000 people took the ferry last year, compared with 150,000 in 2005.';

describe('changes under a document swap', () => {
  test('compare([B, A]) reports the mirror image of compare([A, B])', () => {
    const forward = compare([{ text: WIRE }, { text: OUTLET }]);
    expect(forward.matches.some((match) => (match.changes ?? []).length > 0)).toBe(true);
    expectMirrored(forward, compare([{ text: OUTLET }, { text: WIRE }]));
  });

  test('the pair reads as an editor would read it', () => {
    const report = compare([{ text: WIRE }, { text: OUTLET }]);
    const all = report.matches.flatMap((match) => match.changes ?? []).map((change) => change.summary);
    expect(all).toEqual(
      expect.arrayContaining([
        'date changed: Tuesday -> Wednesday',
        'attribution changed: council leader Ingrid Salo said -> the council said',
        'number changed: 1.2 -> 1.4 million',
        'quote reworded: "a" -> "every"',
        'attribution changed: told the meeting -> said',
      ]),
    );
  });

  // Side 1 is side 0 with random editorial edits, so most pairs match as edited or paraphrase.
  const WORDS = ['police', 'closed', 'the', 'road', 'after', 'a', 'crash', 'on', 'Monday', 'Smith', 'said', '£500', '25 per cent', 'the Kremlin', 'yesterday', 'not', 'Moscow', '"no deal"', '‘never’', 'told the court', 'in', 'March'];
  const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 4, maxLength: 12 });
  const edit = fc.record({ at: fc.nat(), word: fc.constantFrom(...WORDS, ''), op: fc.constantFrom('replace', 'insert', 'delete', 'move') });
  const pairArb = fc.tuple(fc.array(sentence, { minLength: 1, maxLength: 3 }), fc.array(edit, { maxLength: 4 })).map(([sentences, edits]) => {
    const edited = sentences.map((words) => [...words]);
    for (const { at, word, op } of edits) {
      const words = edited[at % edited.length]!;
      const k = at % words.length;
      if (op === 'replace') words[k] = word;
      else if (op === 'insert') words.splice(k, 0, word);
      else if (op === 'delete') words.splice(k, 1);
      else words.push(...words.splice(k, 2));
    }
    const text = (list: string[][]): string => list.map((words) => `${words.filter((w) => w !== '').join(' ')}.`).join(' ');
    return [text(sentences), text(edited)] as const;
  });

  test('properties: offsets slice the words they name, inside the side\'s run of sentences; swapping mirrors', () => {
    let explained = 0;
    fc.assert(
      fc.property(pairArb, ([a, b]) => {
        const texts = [a, b];
        const forward = compare([{ text: a }, { text: b }]);
        for (const match of forward.matches) {
          if (match.kind === 'edited' || match.kind === 'paraphrase') expect(match.changes).toBeDefined();
          else expect(match.changes).toBeUndefined();
          for (const change of match.changes ?? []) {
            explained++;
            expect(change.a !== undefined || change.b !== undefined).toBe(true);
            expect(change.summary.length).toBeGreaterThan(0);
            for (const [range, words, side] of [
              [change.a, change.from, match.sides[0]],
              [change.b, change.to, match.sides[1]],
            ] as const) {
              expect(range === undefined).toBe(words === undefined);
              if (range === undefined) continue;
              const sentences = forward.documents[side.document]!.sentences;
              // A side is one sentence or a run of adjacent ones: the range lies within the run.
              const inside = sentences[side.sentences[0]!]!.start <= range[0] && range[1] <= sentences[side.sentences.at(-1)!]!.end;
              expect(inside).toBe(true);
              expect(range[0]).toBeLessThan(range[1]);
              expect(texts[side.document]!.slice(range[0], range[1])).toBe(words);
            }
          }
        }
        expectMirrored(forward, compare([{ text: b }, { text: a }]));
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 150) },
    );
    expect(explained).toBeGreaterThan(0);
  }, 120_000);
});
