import { describe, expect, test } from 'vitest';
import { compare, type ComparisonReport } from '../src/index.js';
import { quotedParts } from '../src/explain/quoted-spans.js';
import { annotatePair } from './helpers/explain-pair.js';

function quotedText(text: string, parts: Array<[number, number]> | undefined): string[] | undefined {
  return parts?.map(([start, end]) => text.slice(start, end));
}

// Each case: what it shows, side 0, side 1 (written for these tests), whether the match is a shared quote.
const sharedQuoteCases: Array<[string, string, string, boolean]> = [
  ['the same quote framed differently', 'The minister said: "We will build the bridge and we will build it this year."', 'Asked about the delay, she replied: “We will build the bridge and we will build it this year.”', true],
  ['wire quotes against curly ones', "He told the court: ``I never saw the money and I never asked for it.''", 'In evidence he said: “I never saw the money and I never asked for it.”', true],
  ['single quotes', "Smith said: 'The club will not be sold to anyone this season.'", "Asked again, Smith repeated: 'The club will not be sold to anyone this season.'", true],
  ['a quote printed with the same speech tag is copy, not a shared quote', '"No documents have been signed," Peskov said.', '"No documents have been signed," Peskov said.', false],
  ['quoted on one side only', 'The minister said: "We will build the bridge this year."', 'The minister said they would build the bridge this year.', false],
  ['no quotes at all', 'The minister said the bridge would be built this year.', 'The minister said the bridge would be built this year.', false],
];

describe('quotes on a match', () => {
  test.each(sharedQuoteCases)('%s', (_name, a, b, shared) => {
    const match = annotatePair(a, b);
    expect(match.quote === true).toBe(shared);
  });

  test('quoted lists the shared words inside the marks, on each side (and nothing of the framing words)', () => {
    const a = 'The minister said: "We will build the bridge this year," and left.';
    const b = 'She said: “We will build the bridge this year.” Nobody asked more.';
    const match = annotatePair(a, b);
    // Spans run from the first shared word to the last, so the quoted parts do too.
    expect(quotedText(a, match.sides[0].quoted)).toEqual(['We will build the bridge this year']);
    expect(quotedText(b, match.sides[1].quoted)).toEqual(['We will build the bridge this year']);
  });

  test('no quoted words, no quoted field', () => {
    const match = annotatePair('Police closed the road.', 'Police shut the road.');
    expect(match.sides[0].quoted).toBeUndefined();
    expect(match.sides[1].quoted).toBeUndefined();
    expect(match.quote).toBeUndefined();
  });

  test('quotedParts cuts spans at the quotation marks', () => {
    const quotes = [
      { start: 5, end: 12, contentStart: 6, contentEnd: 11, depth: 0, closed: true },
      { start: 20, end: 30, contentStart: 21, contentEnd: 30, depth: 0, closed: false },
    ];
    expect(quotedParts([[0, 8], [9, 25], [26, 28], [31, 40]], quotes)).toEqual([[6, 8], [9, 11], [21, 25], [26, 28]]);
    expect(quotedParts([[0, 40]], [])).toEqual([]);
  });
});

const QUOTE_WIRE = 'The mayor spoke after the vote. "We have kept this ferry running for a hundred years and we are proud of it," he said.';
const QUOTE_PAPER = 'Shops on the quay were busy. Speaking to reporters he added: "We have kept this ferry running for a hundred years and we are proud of it."';

function sentenceText(report: ComparisonReport, texts: string[], document: number, index: number): string {
  const sentence = report.documents[document]!.sentences[index]!;
  return texts[document]!.slice(sentence.start, sentence.end);
}

describe('document stats with and without shared quotes', () => {
  test('a shared quote is counted apart', () => {
    const texts = [QUOTE_WIRE, QUOTE_PAPER];
    const report = compare(texts.map((text) => ({ text })));
    const shared = report.matches.filter((match) => match.quote === true);
    expect(shared).toHaveLength(1);
    for (const [d, document] of report.documents.entries()) {
      const stats = document.stats;
      const quoteSentence = shared[0]!.sides.find((side) => side.document === d)!.sentences[0]!;
      const length = sentenceText(report, texts, d, quoteSentence).length;
      expect(stats.quoteReusedCharacters).toBe(length);
      expect(stats.reusedShareWithoutQuotes).toBeCloseTo((stats.reusedCharacters - length) / stats.characters, 12);
      expect(stats.reusedShareWithoutQuotes!).toBeLessThan(stats.reusedShare);
    }
  });

  test('a sentence reused as a quote and also copied outright still counts as copied', () => {
    const wire = `${QUOTE_WIRE} The ferry will stop running at the end of March.`;
    const paper = `${QUOTE_PAPER} The ferry will stop running at the end of March.`;
    const report = compare([{ text: wire }, { text: paper }]);
    const stats = report.documents[1]!.stats;
    expect(stats.reusedCharacters - stats.quoteReusedCharacters!).toBeGreaterThanOrEqual('The ferry will stop running at the end of March.'.length);
  });

  test('a report with no shared quote is as it was: no quote fields, no extra stats', () => {
    const report = compare([{ text: 'Police closed the road after a crash. Nobody was hurt.' }, { text: 'Police closed the road after a crash on Monday.' }]);
    expect(report.matches.length).toBeGreaterThan(0);
    for (const match of report.matches) {
      expect(match).not.toHaveProperty('quote');
      for (const side of match.sides) expect(side).not.toHaveProperty('quoted');
    }
    for (const document of report.documents) {
      expect(document.stats).not.toHaveProperty('quoteReusedCharacters');
      expect(document.stats).not.toHaveProperty('reusedShareWithoutQuotes');
    }
  });
});
