import { describe, expect, test } from 'vitest';
import { findCandidatePairs } from '@wirediff/match/internal/compare/candidate-pairs';
import { DEFAULT_ENGINE } from '@wirediff/match/internal/compare/compare';
import { buildDocumentModel, createFeatureVocabulary } from '@wirediff/match/internal/compare/document-model';
import { compare, type ComparisonReport } from '@wirediff/match';
import { loadMeterStory, loadSeedArticles, meterStoriesOf } from '../src/data/index.js';

/** Index of the sentence whose text starts with `opening` (the opening is unique in each seed). */
function sentenceStartingWith(report: ComparisonReport, texts: string[], d: number, opening: string): number {
  const index = report.documents[d]!.sentences.findIndex((s) => texts[d]!.slice(s.start, s.end).startsWith(opening));
  expect(index, `no sentence starting with ${opening}`).toBeGreaterThanOrEqual(0);
  return index;
}

// Pairs a careful reader would match between the two seed articles (000 = a, 003 = b).
// `matched`: compare reports them; for the others (a paraphrase the scorer rates below its
// threshold, a passage between two sentences matched elsewhere) only the index's part is
// asserted: they are proposed.
const READER_PAIRS: Array<{ a: string; b: string; kinds: string[]; matched: boolean }> = [
  // the Izvestia quote, reworded slightly ("crucial"/"important", "(other)")
  { a: '"Rare earth metals are a crucial area', b: '“Rare earth metals are an important area', kinds: ['edited', 'paraphrase'], matched: true },
  // delegation in Saudi Arabia, companies interested
  { a: 'Dmitriev, who was part of the Russian delegation', b: "Dmitriev, who was part of Russia's negotiating team", kinds: ['edited', 'paraphrase'], matched: true },
  // Dmitriev's title and "talks had already commenced" / "talks were now underway"
  { a: 'Kirill Dmitriev, who serves as both', b: 'In remarks published on Monday by the Izvestia', kinds: ['paraphrase', 'partial'], matched: true },
  // "the CEO of the Russian Direct Investment Fund", lifted into the quote's attribution; both
  // sentences have a better match above, so compare reports no second one
  { a: 'Kirill Dmitriev, who serves as both', b: '“Rare earth metals are an important area', kinds: ['partial'], matched: false },
  // no names, no further details: linked through document context
  { a: 'However, he refrained from disclosing', b: 'He did not name any companies', kinds: ['paraphrase'], matched: true },
  // Dmitriev / a senior Kremlin official: Russia and the US have begun talks on rare earth projects
  { a: "Meanwhile, President Vladimir Putin's investment envoy", b: 'Moscow and Washington have begun talks', kinds: ['paraphrase'], matched: true },
  // Trump on Zelenskyy hesitating over / backing out of the minerals deal
  { a: 'However, Trump mentioned on Sunday', b: 'During a conversation with journalists on March 31', kinds: ['paraphrase'], matched: true },
];

describe('seed pair: real articles on the same story', () => {
  const texts = loadSeedArticles().texts;
  const [textA = '', textB = ''] = texts;
  const report = compare([{ text: textA }, { text: textB }]);
  const vocabulary = createFeatureVocabulary();
  const candidates = findCandidatePairs(
    buildDocumentModel({ document: DEFAULT_ENGINE.analyze(textA, 'auto'), vocabulary }),
    buildDocumentModel({ document: DEFAULT_ENGINE.analyze(textB, 'auto'), vocabulary }),
  );

  test.each(READER_PAIRS.filter((pair) => pair.matched))('matches "$a" with "$b"', ({ a, b, kinds }) => {
    const sentenceA = sentenceStartingWith(report, texts, 0, a);
    const sentenceB = sentenceStartingWith(report, texts, 1, b);
    const match = report.matches.find((m) => m.sides[0].sentences.includes(sentenceA) && m.sides[1].sentences.includes(sentenceB));
    expect(match, 'no match joins the two sentences').toBeDefined();
    expect(kinds).toContain(match!.kind);
  });

  test.each(READER_PAIRS)('the index proposes "$a" with "$b"', ({ a, b }) => {
    const sentenceA = sentenceStartingWith(report, texts, 0, a);
    const sentenceB = sentenceStartingWith(report, texts, 1, b);
    expect(Array.from(candidates.a).some((x, i) => x === sentenceA && candidates.b[i] === sentenceB)).toBe(true);
  });

  test('sentences a reader sees as unrelated stay added', () => {
    for (const opening of ['Earlier, it was reported that British Prime Minister', 'By Vafa Guliyeva']) {
      const index = sentenceStartingWith(report, texts, 0, opening);
      expect(report.documents[0]!.sentences[index]!.status).toBe('added');
    }
    const index = sentenceStartingWith(report, texts, 1, 'In an interview with Fox News');
    expect(report.documents[1]!.sentences[index]!.status).toBe('added');
  });

  test('each sentence has one full match at most (partial passages aside) and spans slice shared words', () => {
    const seen = new Set<string>();
    for (const match of report.matches) {
      for (const side of match.sides) {
        for (const sentence of side.sentences) {
          if (match.kind === 'partial') continue;
          const key = `${side.document}:${sentence}`;
          expect(seen.has(key)).toBe(false);
          seen.add(key);
        }
      }
      const [spanA] = match.sides[0].spans;
      expect(spanA).toBeDefined();
      const word = textA.slice(spanA![0], spanA![1]).toLowerCase().split(/\s+/)[0]!.replace(/[^\p{L}\p{N}]/gu, '');
      // Compared without spaces and punctuation: "rare-earth" and "rare earth" are the same word once normalised.
      expect(textB.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')).toContain(word);
    }
  });
});

describe('METER stories: wire copy and the newspapers that ran it', () => {
  const stories = meterStoriesOf('courts')
    .slice(0, 6)
    .map((ref) => loadMeterStory(ref, { form: 'raw' }))
    .filter((story) => story.newspapers.length >= 2);

  function facts(report: ComparisonReport, order: number[]): string[] {
    return report.matches
      .map((m) => `${m.sides.map((side) => `${order[side.document]}:${side.sentences.join(',')}`).sort().join('|')}=${m.kind}`)
      .sort();
  }

  test.each(stories.map((story) => [story.key, story] as const))('%s: symmetric, deterministic, wire reuse found', (_, story) => {
    const texts = [story.wire.map((take) => take.text).join('\n'), story.newspapers[0]!.text, story.newspapers[1]!.text];
    const forward = compare(texts.map((text) => ({ text })));
    const backward = compare([texts[2]!, texts[0]!, texts[1]!].map((text) => ({ text })));
    expect(facts(backward, [2, 0, 1])).toEqual(facts(forward, [0, 1, 2]));
    expect(JSON.stringify(compare(texts.map((text) => ({ text }))))).toBe(JSON.stringify(forward));
    // Newspapers rewrite PA copy: each reuses some of it.
    expect(forward.documents[1]!.stats.reusedSentences).toBeGreaterThan(0);
    expect(forward.documents[2]!.stats.reusedSentences).toBeGreaterThan(0);
    for (const cluster of forward.clusters) expect(new Set(cluster.members.map((m) => m.document)).size).toBe(cluster.members.length);
  }, 60_000);
});
