import { describe, expect, test } from 'vitest';
import { compare } from '@wirediff/match';
import type { GoldArticle, GoldLabel } from '../src/data/index.js';
import { judgeLinks, normaliseForRepeat, type GoldCase, type ProposedLink, type TextRange } from '../src/eval/gold-links.js';
import { engineLinks, scoreMeterGold, type GoldSentenceResult } from '../src/eval/meter-gold.js';
import { linkByWordOverlap } from '../src/eval/word-overlap-linker.js';

/** The range of `piece` in `text` (its `nth` occurrence), so cases are written as text, not offsets. */
function at(text: string, piece: string, nth = 0): TextRange {
  let start = -1;
  for (let k = 0; k <= nth; k++) start = text.indexOf(piece, start + 1);
  if (start < 0) throw new Error(`'${piece}' not in the text`);
  return [start, start + piece.length];
}

interface SentenceSpec {
  text: string;
  label: GoldLabel;
  /** [take, PA sentence text, occurrence] */
  sources?: Array<[number, string, number?]>;
}

function goldCase(paper: string, takes: string[], sentences: SentenceSpec[]): GoldCase {
  return {
    text: paper,
    takes: takes.map((text) => ({ text })),
    sentences: sentences.map((sentence) => {
      const [start, end] = at(paper, sentence.text);
      return {
        start,
        end,
        label: sentence.label,
        sources: (sentence.sources ?? []).map(([take, text, nth]) => {
          const [s, e] = at(takes[take]!, text, nth);
          return { take, start: s, end: e };
        }),
      };
    }),
  };
}

const link = (gold: GoldCase, paper: string[], take: number, pa: string[], kind: ProposedLink['kind'] = 'edited'): ProposedLink => ({
  kind,
  score: 0.8,
  paper: paper.map((piece) => at(gold.text, piece)),
  take,
  pa: pa.map((piece) => at(gold.takes[take]!.text, piece)),
});

// One story: a newspaper article and two PA takes; take 1 repeats take 0's lead with other
// line wraps and markers, and rewords its second sentence.
const TAKE_0 = 'COURT<\n\u0019A man was fined 500 pounds\nfor speeding on the M6.<\n\u0019He told the court he was late for work.<\n\u0019Police said the car was doing 120mph.<\n';
const TAKE_1 = 'COURT (UPDATED)<\n\u0019A man was fined 500 pounds for\nspeeding on the M6.<\n\u0019The driver said he was running late for his job.<\n';
const PAPER = 'A motorist was fined 500 pounds for speeding on the M6.\r\n\r\nHe told the court he was late for work. He has three children.\r\n\r\nPolice said the car was doing 120mph.';
const SENTENCES: SentenceSpec[] = [
  { text: 'A motorist was fined 500 pounds for speeding on the M6.', label: 'edited', sources: [[0, 'A man was fined 500 pounds\nfor speeding on the M6.']] },
  { text: 'He told the court he was late for work.', label: 'verbatim', sources: [[0, 'He told the court he was late for work.']] },
  { text: 'He has three children.', label: 'new' },
  { text: 'Police said the car was doing 120mph.', label: 'verbatim', sources: [[0, 'Police said the car was doing 120mph.']] },
];
const GOLD = goldCase(PAPER, [TAKE_0, TAKE_1], SENTENCES);

describe('judgeLinks on hand-written cases', () => {
  const cases: Array<{ name: string; links: ProposedLink[]; found: boolean[]; correct: boolean[][]; touched?: boolean[] }> = [
    {
      name: 'one link to the gold source: found, correct',
      links: [link(GOLD, ['He told the court he was late for work.'], 0, ['He told the court he was late for work.'])],
      found: [false, true, false, false],
      correct: [[], [true], [], []],
    },
    {
      name: 'a merge covering two gold sentences gives one judged link to each',
      links: [link(GOLD, ['He told the court he was late for work.', 'Police said the car was doing 120mph.'], 0, ['He told the court he was late for work.', 'Police said the car was doing 120mph.'])],
      found: [false, true, false, true],
      correct: [[], [true], [], [true]],
    },
    {
      name: "a merge whose PA side is only one sentence's source: the other gold sentence's link is false",
      links: [link(GOLD, ['He told the court he was late for work.', 'Police said the car was doing 120mph.'], 0, ['Police said the car was doing 120mph.'])],
      found: [false, false, false, true],
      correct: [[], [false], [], [true]],
    },
    {
      name: 'one linker sentence spanning two gold sentences belongs to the one it overlaps most; the other is only touched',
      links: [link(GOLD, ['He told the court he was late for work. He has three children.'], 0, ['He told the court he was late for work.'])],
      found: [false, true, false, false],
      correct: [[], [true], [], []],
      touched: [false, true, true, false],
    },
    {
      name: 'the source repeated in another take (other wraps and markers) is accepted',
      links: [link(GOLD, ['A motorist was fined 500 pounds for speeding on the M6.'], 1, ['A man was fined 500 pounds for\nspeeding on the M6.'])],
      found: [true, false, false, false],
      correct: [[true], [], [], []],
    },
    {
      name: "another take's rewording of the source is not the source",
      links: [link(GOLD, ['He told the court he was late for work.'], 1, ['The driver said he was running late for his job.'])],
      found: [false, false, false, false],
      correct: [[], [false], [], []],
    },
    {
      name: 'a linked `new` sentence is a false link',
      links: [link(GOLD, ['He has three children.'], 0, ['He told the court he was late for work.'], 'partial')],
      found: [false, false, false, false],
      correct: [[], [], [false], []],
    },
    {
      name: 'a PA sentence that only clips the edge of the source does not cover it',
      links: [{ kind: 'edited', score: 0.7, paper: [at(PAPER, 'Police said the car was doing 120mph.')], take: 0, pa: [[at(TAKE_0, 'He told the court')[0], at(TAKE_0, 'Police said')[1]]] }],
      found: [false, false, false, false],
      correct: [[], [], [], [false]],
    },
    {
      name: 'the same sentence linked in both takes counts twice, both correct',
      links: [
        link(GOLD, ['A motorist was fined 500 pounds for speeding on the M6.'], 0, ['A man was fined 500 pounds\nfor speeding on the M6.']),
        link(GOLD, ['A motorist was fined 500 pounds for speeding on the M6.'], 1, ['A man was fined 500 pounds for\nspeeding on the M6.']),
      ],
      found: [true, false, false, false],
      correct: [[true, true], [], [], []],
    },
  ];
  test.each(cases)('$name', ({ links, found, correct, touched }) => {
    const judged = judgeLinks(GOLD, links);
    expect(judged.unplaced).toEqual([]);
    expect(judged.sentences.map((sentence) => sentence.found)).toEqual(found);
    expect(judged.sentences.map((sentence) => sentence.links.map((entry) => entry.correct))).toEqual(correct);
    if (touched) expect(judged.sentences.map((sentence) => sentence.touched)).toEqual(touched);
  });

  test('a link over blank text belongs to no gold sentence and is not judged', () => {
    const blank: ProposedLink = { kind: 'verbatim', score: 1, paper: [at(PAPER, '\r\n\r\n')], take: 0, pa: [at(TAKE_0, 'COURT')] };
    const judged = judgeLinks(GOLD, [blank]);
    expect(judged.unplaced).toEqual([blank]);
    expect(judged.sentences.every((sentence) => sentence.links.length === 0 && !sentence.touched)).toBe(true);
  });

  const normalised: Array<[string, string]> = [
    ["He said: ``No.''<\r\n", 'he said no'],
    ['A man was fined\n500 pounds.<\n\u0019', 'a man was fined 500 pounds'],
    ['“Quoted” – ITEM', 'quoted item'],
  ];
  test.each(normalised)('normaliseForRepeat(%j) = %j', (text, expected) => expect(normaliseForRepeat(text)).toBe(expected));
});

// The same story as a gold article, for the engine and the baseline end to end.
const ARTICLE: GoldArticle = {
  id: 'hand_made',
  story: 'courts/01.01.00/hand',
  newspaper: 'made',
  file: 'newspapers/rawtexts/courts/01.01.00/hand/hand_made.txt',
  text: PAPER,
  takes: [
    { file: 'PA/rawtexts/courts/01.01.00/hand/hand1.txt', text: TAKE_0 },
    { file: 'PA/rawtexts/courts/01.01.00/hand/hand2.txt', text: TAKE_1 },
  ],
  sentences: GOLD.sentences.map((sentence, index) => ({ ...sentence, index, text: PAPER.slice(sentence.start, sentence.end), doubtful: index === 3, sources: sentence.sources.map((source) => ({ ...source, text: [TAKE_0, TAKE_1][source.take]!.slice(source.start, source.end) })) })),
};

describe('engine links on raw texts (CRLF article, wire takes with markers)', () => {
  test.each(['separate', 'joined'] as const)('takes %s: every link maps back into its own take, and verbatim copy is found', (takes) => {
    const links = engineLinks(ARTICLE, (documents) => compare(documents), takes);
    expect(links.length).toBeGreaterThan(0);
    for (const proposed of links) {
      const take = ARTICLE.takes[proposed.take]!.text;
      for (const [start, end] of proposed.pa) {
        expect(start).toBeGreaterThanOrEqual(0);
        expect(end).toBeLessThanOrEqual(take.length);
        expect(take.slice(start, end).trim()).not.toBe('');
      }
    }
    const judged = judgeLinks(ARTICLE, links);
    expect(judged.sentences[1]!.found).toBe(true);
    expect(judged.sentences[3]!.found).toBe(true);
  });

  test('joined takes: a sentence found only in the second take is mapped back to it', () => {
    const second = 'SPEEDING<\n\u0019Police said the car was doing 120mph.<\n';
    const source = at(second, 'Police said the car was doing 120mph.');
    const article: GoldArticle = {
      ...ARTICLE,
      takes: [{ file: 'a', text: TAKE_0.replace('Police said the car was doing 120mph.', 'Nothing else was said.') }, { file: 'b', text: second }],
      sentences: ARTICLE.sentences.map((sentence) => (sentence.index === 3 ? { ...sentence, sources: [{ take: 1, start: source[0], end: source[1], text: second.slice(...source) }] } : sentence)),
    };
    const links = engineLinks(article, (documents) => compare(documents), 'joined');
    expect(links.find((proposed) => proposed.take === 1)?.pa).toEqual([source]);
    expect(judgeLinks(article, links).sentences[3]!.found).toBe(true);
  });
});

describe('word-overlap baseline', () => {
  test('links each newspaper sentence to its highest-Jaccard PA sentence at or above the threshold', () => {
    const links = linkByWordOverlap(PAPER, [TAKE_0, TAKE_1], 0.5);
    const judged = judgeLinks(GOLD, links);
    expect(judged.sentences.map((sentence) => sentence.found)).toEqual([true, true, false, true]);
    expect(judged.sentences[2]!.links).toEqual([]);
    expect(links.map((proposed) => proposed.kind)).toEqual(['edited', 'verbatim', 'verbatim']);
  });
  test('nothing is linked above a threshold no pair reaches', () => {
    expect(linkByWordOverlap(PAPER, [TAKE_0], 1.01)).toEqual([]);
  });
});

describe('scoreMeterGold', () => {
  const result = (index: number, label: GoldLabel, correct: boolean[], { doubtful = false, touched = correct.length > 0 } = {}): GoldSentenceResult => ({
    article: 'a',
    story: 's',
    sentence: { index, start: 0, end: 1, text: 'x', label, doubtful, sources: [] },
    links: correct.map((ok) => ({ link: { kind: ok ? 'edited' : 'paraphrase', score: 0.5, paper: [[0, 1]], take: 0, pa: [[0, 1]] }, sentence: index, correct: ok })),
    found: correct.includes(true),
    touched,
  });
  const results = [
    result(0, 'verbatim', [true]),
    result(1, 'edited', [true, false]),
    result(2, 'paraphrase', [], { touched: true }),
    result(3, 'paraphrase', [false], { doubtful: true }),
    result(4, 'new', [false]),
    result(5, 'new', []),
  ];
  test('all sentences', () => {
    const scores = scoreMeterGold(results);
    expect(scores.byLabel.verbatim).toEqual({ total: 1, found: 1, linked: 1, touched: 1 });
    expect(scores.byLabel.paraphrase).toEqual({ total: 2, found: 0, linked: 1, touched: 2 });
    expect(scores.byLabel.new).toEqual({ total: 2, found: 0, linked: 1, touched: 1 });
    expect(scores.reuse).toEqual({ total: 4, found: 2, linked: 3, touched: 4 });
    expect([scores.correctLinks, scores.links]).toEqual([2, 5]);
    expect(scores.precision).toBeCloseTo(0.4);
    expect(scores.sentencePrecision).toBeCloseTo(2 / 4);
    expect(scores.f1).toBeCloseTo((2 * 0.4 * 0.5) / 0.9);
    expect(scores.touchedPrecision).toBeCloseTo(4 / 5);
    expect(scores.byKind.paraphrase).toEqual({ links: 3, correct: 0, onLabel: { verbatim: 0, edited: 1, paraphrase: 1, new: 1 } });
  });
  test('without doubtful sentences their links go too', () => {
    const scores = scoreMeterGold(results, { doubtful: false });
    expect(scores.sentences).toBe(5);
    expect(scores.byLabel.paraphrase.total).toBe(1);
    expect([scores.correctLinks, scores.links]).toEqual([2, 4]);
  });
  test('no links: precision 1 by convention, recall 0', () => {
    const scores = scoreMeterGold([result(0, 'edited', [], { touched: false })]);
    expect([scores.precision, scores.f1, scores.touchedPrecision]).toEqual([1, 0, 1]);
  });
});
