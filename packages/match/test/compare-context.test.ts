import { describe, expect, test } from 'vitest';
import { compare, createCompare, DEFAULT_SCORER, type ComparisonReport } from '../src/index.js';

// A wire story and a paper's rewrite of it, written for these tests: two sentences copied with
// small edits (the anchors), one rewritten from top to bottom with its facts kept, one of the
// paper's own (a quote the wire never had).
const WIRE = [
  'A man who stole a vintage tractor from a farm near Ludlow was jailed for eight months at Shrewsbury Crown Court today.',
  'Daniel Pryce, 34, of Church Stretton, admitted taking the 1952 Ferguson tractor from Holly Farm in March.',
  'The court heard that he drove it eleven miles along country lanes before abandoning it in a lay-by.',
  'Police traced him through fingerprints left on the steering wheel, the prosecutor said.',
  'Judge Helen Marsh said the theft had caused the farmer great distress.',
  'The tractor, valued at £9,000, was returned to its owner undamaged.',
].join(' ');
const PAPER = [
  'A man who stole a vintage tractor from a farm near Ludlow has been jailed for eight months.',
  'Daniel Pryce, 34, from Church Stretton, admitted taking the 1952 Ferguson tractor from Holly Farm in March.',
  'After an eleven-mile joyride down narrow lanes, Pryce dumped the machine at the roadside.',
  'Villagers said the lanes around the farm had been plagued by thefts for years.',
  'Judge Helen Marsh said the theft had caused the farmer great distress.',
].join(' ');

function sentenceOf(report: ComparisonReport, document: number, text: string, opening: string): number {
  const index = report.documents[document]!.sentences.findIndex((s) => text.slice(s.start, s.end).startsWith(opening));
  expect(index, `no sentence starting with ${opening}`).toBeGreaterThanOrEqual(0);
  return index;
}

function matchBetween(report: ComparisonReport, a: number, b: number) {
  return report.matches.find((m) => m.sides[0].sentences.includes(a) && m.sides[1].sentences.includes(b));
}

describe('compare: document context', () => {
  const report = compare([{ text: WIRE }, { text: PAPER }]);

  test('a rewritten sentence that keeps the facts is linked through context once the documents share a source', () => {
    const wire = sentenceOf(report, 0, WIRE, 'The court heard that he drove');
    const paper = sentenceOf(report, 1, PAPER, 'After an eleven-mile joyride');
    const match = matchBetween(report, wire, paper);
    expect(match).toBeDefined();
    expect(match!.context).toBe(true);
    // The pair alone is below the scorer's threshold: context is what links it.
    expect(match!.score).toBeLessThan(DEFAULT_SCORER.threshold);
  });

  test("the paper's own reporting stays added", () => {
    const own = sentenceOf(report, 1, PAPER, 'Villagers said');
    expect(report.documents[1]!.sentences[own]!.status).toBe('added');
  });

  test('without context the same pair is not matched, and the copied sentences still are', () => {
    const pairwise = createCompare(DEFAULT_SCORER, { context: null })([{ text: WIRE }, { text: PAPER }]);
    expect(pairwise.matches.some((m) => m.context === true)).toBe(false);
    const wire = sentenceOf(pairwise, 0, WIRE, 'The court heard that he drove');
    expect(pairwise.documents[0]!.sentences[wire]!.status).toBe('added');
    expect(pairwise.matches.length).toBeGreaterThanOrEqual(3);
  });

  test('context links do not depend on which document comes first', () => {
    const swapped = compare([{ text: PAPER }, { text: WIRE }]);
    const key = (r: ComparisonReport, flip: boolean) =>
      r.matches
        .map((m) => (flip ? `${m.sides[1].sentences}|${m.sides[0].sentences}|${m.context === true}` : `${m.sides[0].sentences}|${m.sides[1].sentences}|${m.context === true}`))
        .sort();
    expect(key(swapped, true)).toEqual(key(report, false));
  });

  test('two reports of one flood that share two quotes and their subject, not a source, get no context links', () => {
    const first = [
      'Flooding closed the main road through Tewkesbury on Sunday after two days of rain.',
      'The Environment Agency issued three severe warnings for the Severn.',
      '"We have never seen the river this high in November," said councillor Ruth Amis.',
      'Sandbags were handed out at the leisure centre.',
      '"Please stay away from the flood water," said Inspector Tom Hale of Gloucestershire Police.',
      'Engineers worked through the night to protect an electricity substation.',
      'Schools in the town will stay closed on Monday.',
    ].join(' ');
    const second = [
      'Residents of Tewkesbury spent the weekend moving furniture upstairs as the Severn rose.',
      'A rest centre opened in the town hall for families forced out of their homes.',
      '"We have never seen the river this high in November," said councillor Ruth Amis.',
      'Forecasters expect drier weather by Wednesday.',
      '"Please stay away from the flood water," said Inspector Tom Hale of Gloucestershire Police.',
      'The rain has been the heaviest in the county since 2007.',
      'Volunteers delivered hot meals to elderly people cut off by the water.',
    ].join(' ');
    const floods = compare([{ text: first }, { text: second }]);
    expect(floods.matches.map((m) => m.kind)).toEqual(['verbatim', 'verbatim']);
    expect(floods.matches.some((m) => m.context === true)).toBe(false);
  });

  describe('mutual best partners, between documents that share one match', () => {
    const ANCHOR = 'The RSPCA said the animal had been left for more than two hours on the hottest day of the year.';
    const FINED = 'Sandra Kell, 41, was fined £300 by Truro magistrates for leaving her dog in a hot car.';
    const REWORDED = 'Truro magistrates ordered Kell to pay £300 after her dog was found shut in a sweltering vehicle.';
    const wire = [FINED, ANCHOR, 'She was also banned from keeping animals for five years.'].join(' ');
    const paper = [REWORDED, ANCHOR, 'Neighbours said the dog, a spaniel called Bramble, has since been rehomed.'].join(' ');

    test('a reworded sentence that is its partner\'s best candidate, and it its, is linked through context', () => {
      const report = compare([{ text: wire }, { text: paper }]);
      const match = matchBetween(report, sentenceOf(report, 0, wire, 'Sandra Kell'), sentenceOf(report, 1, paper, 'Truro magistrates'));
      expect(match).toBeDefined();
      expect(match!.context).toBe(true);
      expect(match!.score).toBeLessThan(DEFAULT_SCORER.threshold);
      expect(report.matches).toHaveLength(2);
      expect(report.documents[1]!.sentences[sentenceOf(report, 1, paper, 'Neighbours')]!.status).toBe('added');
    });

    test('the same pair between documents that share nothing else stays unlinked', () => {
      const report = compare([{ text: FINED }, { text: REWORDED }]);
      expect(report.matches).toEqual([]);
    });

    test('a quote both outlets print, lifted into different sentences, does not open the gate', () => {
      const QUOTE = '"You showed a complete disregard for the suffering of a helpless animal."';
      const quoting = [FINED, `The chairman of the bench told her: ${QUOTE}`, 'She was also banned from keeping animals for five years.'].join(' ');
      const alsoQuoting = [REWORDED, `Magistrates heard the spaniel was close to collapse, and the bench chairman said ${QUOTE.replace('."', '"')} as he passed sentence.`, 'Neighbours said the dog has since been rehomed.'].join(' ');
      const report = compare([{ text: quoting }, { text: alsoQuoting }]);
      expect(report.matches.map((m) => [m.kind, m.quote === true])).toEqual([['partial', true]]);
    });

    test('a sentence with two equally good partners is linked to neither', () => {
      const twice = [FINED, ANCHOR, FINED.replace('Sandra Kell, 41,', 'Her sister Joan Kell, 44,')].join(' ');
      const report = compare([{ text: twice }, { text: paper }]);
      expect(report.matches.filter((m) => m.context === true)).toEqual([]);
    });

    test('the links do not depend on which document comes first', () => {
      const forward = compare([{ text: wire }, { text: paper }]);
      const swapped = compare([{ text: paper }, { text: wire }]);
      expect(swapped.matches.map((m) => [m.sides[1].sentences, m.sides[0].sentences, m.context === true])).toEqual(forward.matches.map((m) => [m.sides[0].sentences, m.sides[1].sentences, m.context === true]));
    });
  });
});
