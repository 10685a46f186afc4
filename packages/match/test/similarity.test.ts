import fc from 'fast-check';
import { tokenize } from '@wirediff/text';
import { describe, expect, test } from 'vitest';
import type { MatchKind } from '../src/types.js';
import { createScorer, DEFAULT_MODEL, DEFAULT_SCORER, prepareText, REUSE_THRESHOLD, similarity } from '../src/similarity/index.js';

const measureSimilarity = (a: string, b: string, { language }: { language: string }) =>
  DEFAULT_SCORER.measure(prepareText(DEFAULT_SCORER, a, language), prepareText(DEFAULT_SCORER, b, language));

// Pairs written for these tests; each names the kind a journalist would give it.
const KIND_CASES: Array<{ name: string; a: string; b: string; kind: MatchKind | null; language?: string }> = [
  {
    name: 'verbatim: "U.S." vs "US", final full stop',
    a: 'The U.S. said talks on rare earths would resume on Monday.',
    b: 'The US said talks on rare earths would resume on Monday',
    kind: 'verbatim',
  },
  {
    name: 'verbatim: curly quotes, em dash, case',
    a: '“Prices will rise,” the minister said — again.',
    b: '"PRICES WILL RISE," the minister said - again.',
    kind: 'verbatim',
  },
  {
    name: 'edited: attribution trimmed',
    a: 'Police closed the M6 motorway on Friday after a crash near Stafford, a spokesman said.',
    b: 'Police closed the M6 motorway on Friday after a crash near Stafford.',
    kind: 'edited',
  },
  {
    name: 'edited: figure updated',
    a: 'The company said profits rose 12 percent to $3.4 billion in the second quarter.',
    b: 'The company said profits rose 15 percent to $3.4 billion in the second quarter.',
    kind: 'edited',
  },
  {
    name: 'edited: a phrase moved, the same words',
    a: 'The council approved the plan on Tuesday.',
    b: 'On Tuesday the council approved the plan.',
    kind: 'edited',
  },
  {
    name: 'edited: turned into the passive with the same words',
    a: 'Police arrested two men in Leeds on Friday night.',
    b: 'Two men were arrested by police in Leeds on Friday night.',
    kind: 'edited',
  },
  {
    name: 'paraphrase: restructured around a shared run, not a lifted passage',
    a: 'The committee approved the merger by seven votes to two after a tense meeting that was interrupted twice by shareholders in the hall.',
    b: 'The merger was approved by seven votes to two after a tense meeting. Shareholders in the hall interrupted it twice.',
    kind: 'paraphrase',
  },
  {
    name: 'paraphrase: reworded and reordered',
    a: 'Officials said the storm destroyed hundreds of homes across the northern province.',
    b: 'Hundreds of houses in the northern province were wrecked by the storm, officials said.',
    kind: 'paraphrase',
  },
  {
    name: 'paraphrase: synonyms for the verb and the talks',
    a: 'The minister told reporters that the negotiations would start again next week.',
    b: 'Talks will resume next week, the minister said.',
    kind: 'paraphrase',
  },
  {
    name: 'partial: a clause lifted into another sentence',
    a: 'Speaking at a rally in the capital on Sunday, the president said the country would never give up its claim to the islands.',
    b: 'Analysts doubt that the country would never give up its claim to the islands, given the cost of the dispute and falling oil revenue.',
    kind: 'partial',
  },
  {
    name: 'partial: a quote re-framed',
    a: 'Farmers protested in Brussels on Tuesday, chanting that "we will not accept any deal that harms our farmers or our fishing fleet" outside the council building.',
    b: 'The opposition leader wrote in a newspaper column that "we will not accept any deal that harms our farmers or our fishing fleet", adding that elections were near.',
    kind: 'partial',
  },
  {
    name: 'unrelated sentences',
    a: 'The weather was sunny in Paris on Tuesday.',
    b: 'Shares of the carmaker fell sharply after the recall.',
    kind: null,
  },
  {
    name: 'same frame, different news',
    a: 'The minister said on Monday that the budget would be published in March.',
    b: 'The minister said on Monday that two soldiers had been wounded near the border.',
    kind: null,
  },
  {
    name: 'Russian verbatim',
    a: 'Россия и США обсудили поставки редкоземельных металлов.',
    b: 'РОССИЯ и США обсудили поставки редкоземельных металлов',
    kind: 'verbatim',
  },
  {
    name: 'Russian edited: a date added',
    a: 'Россия и США в понедельник обсудили поставки редкоземельных металлов, сообщил источник.',
    b: 'Россия и США обсудили поставки редкоземельных металлов, сообщил источник.',
    kind: 'edited',
  },
];

describe('similarity kinds', () => {
  test.each(KIND_CASES)('$name', ({ a, b, kind, language }) => {
    const result = similarity(a, b, language === undefined ? {} : { language });
    expect(result.kind).toBe(kind);
    if (kind === 'verbatim') expect(result.score).toBe(1);
    else expect(result.score).toBeLessThan(1);
    if (kind === 'paraphrase') expect(result.score).toBeGreaterThanOrEqual(REUSE_THRESHOLD);
    if (kind === null) expect(result.score).toBeLessThan(REUSE_THRESHOLD);
  });
});

describe('similarity scores', () => {
  test('closer rewrites score higher: one word changed > reworded > unrelated', () => {
    const base = 'Officials said the storm destroyed hundreds of homes across the northern province.';
    const oneWord = similarity(base, 'Officials said the storm destroyed hundreds of houses across the northern province.').score;
    const reworded = similarity(base, 'Hundreds of houses in the northern province were wrecked by the storm, officials said.').score;
    const unrelated = similarity(base, 'Shares of the carmaker fell sharply after the recall.').score;
    expect(oneWord).toBeGreaterThan(reworded);
    expect(reworded).toBeGreaterThan(unrelated);
  });

  test('a negation or a figure on one side only lowers the score', () => {
    const base = 'The board approved the merger with the rival bank on Tuesday.';
    const same = similarity(base, 'On Tuesday the board approved the merger with the rival bank.').score;
    const negated = similarity(base, 'On Tuesday the board did not approve the merger with the rival bank.').score;
    const figure = similarity(base, 'On Tuesday the board approved the 2 mergers with the rival bank.').score;
    expect(negated).toBeLessThan(same);
    expect(figure).toBeLessThan(same);
  });

  test.each([
    { a: 'He did not sign the deal.', b: 'He signed the deal.', negationMismatch: 1, unmatchedNumbers: 0 },
    { a: "He didn't sign the deal.", b: 'He never signed the deal.', negationMismatch: 0, unmatchedNumbers: 0 },
    { a: 'Sales rose 5 percent to 30 million.', b: 'Sales rose 7 percent to 30 million.', negationMismatch: 0, unmatchedNumbers: 2 },
  ])('evidence of "$a" vs "$b": negation and number mismatches', ({ a, b, negationMismatch, unmatchedNumbers }) => {
    const evidence = measureSimilarity(a, b, { language: 'en' });
    expect(evidence.negationMismatch).toBe(negationMismatch);
    expect(evidence.unmatchedNumbers).toBe(unmatchedNumbers);
  });

  test('shared stem trigrams: a reordered sentence keeps fewer than a copy with one word changed', () => {
    const base = 'The central bank raised interest rates by half a point on Thursday.';
    const changed = measureSimilarity(base, 'The central bank raised interest rates by a quarter point on Thursday.', { language: 'en' });
    const reordered = measureSimilarity(base, 'On Thursday, rates were raised by half a point by the central bank.', { language: 'en' });
    expect(changed.trigramMin).toBeGreaterThan(reordered.trigramMin);
    expect(changed.trigramMin).toBeLessThanOrEqual(1);
  });

  test('empty and punctuation-only sentences share nothing', () => {
    expect(similarity('', '')).toEqual({ score: 0, kind: null });
    expect(similarity('...', 'Talks resumed.')).toEqual({ score: 0, kind: null });
  });

  test('misuse throws with an exact message', () => {
    expect(() => similarity(42 as unknown as string, 'x')).toThrow('similarity(a, b): both arguments must be strings');
  });

  test('a scorer prepares and scores any token list, empty included', () => {
    const empty = DEFAULT_SCORER.prepare([], 'en');
    const some = DEFAULT_SCORER.prepare(tokenize('Talks resumed on Monday.', { language: 'en' }), 'en');
    expect(DEFAULT_SCORER.score(empty, empty)).toEqual({ score: 0, kind: null });
    expect(DEFAULT_SCORER.score(empty, some)).toEqual({ score: 0, kind: null });
    expect(DEFAULT_SCORER.score(some, some)).toEqual({ score: 1, kind: 'verbatim' });
  });

  test('the scorer is a value: another model changes similarity and compare alike', () => {
    const a = 'Officials said the storm destroyed hundreds of homes across the northern province.';
    const b = 'Hundreds of houses in the northern province were wrecked by the storm, officials said.';
    const strict = createScorer({ ...DEFAULT_MODEL, threshold: 0.999 });
    expect(similarity(a, b).kind).toBe('paraphrase');
    expect(similarity(a, b, { scorer: strict }).kind).toBeNull();
    expect(similarity(a, b, { scorer: strict }).score).toBe(similarity(a, b).score);
    const shifted = createScorer({ ...DEFAULT_MODEL, intercept: DEFAULT_MODEL.intercept - 2 });
    expect(similarity(a, b, { scorer: shifted }).score).toBeLessThan(similarity(a, b).score);
  });

  test('a model whose features and coefficients disagree is misuse', () => {
    expect(() => createScorer({ ...DEFAULT_MODEL, coefficients: [1] })).toThrow(RangeError);
  });

  test('a sentence longer than the ordered-measure cap still scores', () => {
    const long = Array.from({ length: 1500 }, (_, i) => `word${i % 700}`).join(' ');
    const result = similarity(long, `${long} extra`);
    expect(result.score).toBeGreaterThan(REUSE_THRESHOLD);
    expect(result.score).toBeLessThan(1);
  });
});

describe('similarity properties', () => {
  const sentence = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 80 }),
    fc.array(fc.constantFrom('the', 'talks', 'minister', 'said', 'resume', '12', 'Россия', 'U.S.', '—', '"', 'week'), { maxLength: 20 }).map((w) => w.join(' ')),
  );

  test('score is in [0, 1], symmetric exactly, and never throws on arbitrary Unicode', () => {
    fc.assert(
      fc.property(sentence, sentence, (a, b) => {
        const forward = similarity(a, b);
        const backward = similarity(b, a);
        expect(forward.score).toBeGreaterThanOrEqual(0);
        expect(forward.score).toBeLessThanOrEqual(1);
        expect(backward).toEqual(forward);
      }),
      { numRuns: 300 },
    );
  });

  test('a sentence is verbatim with itself unless it has no words', () => {
    fc.assert(
      fc.property(sentence, (a) => {
        const result = similarity(a, a);
        const words = tokenize(a, { language: 'en' }).length;
        expect(result).toEqual(words === 0 ? { score: 0, kind: null } : { score: 1, kind: 'verbatim' });
      }),
      { numRuns: 200 },
    );
  });
});
