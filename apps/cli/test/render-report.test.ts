import fc from 'fast-check';
import type { Change, ComparisonReport, Match } from '@wirediff/match';
import { DEFAULT_FILTERS, buildReportModel, findLikelyOrigins } from '@wirediff/report-format';
import { buildFixtureReport, buildThreeOutletReport } from '@wirediff/report-format/testing';
import { describe, expect, test } from 'vitest';
import { renderAddedSentences } from '../src/render/added-sentences.js';
import { renderComparisonReport } from '../src/render/comparison-report.js';
import { renderDocumentShares, splitShares } from '../src/render/document-shares.js';
import { describeChange, renderMatch, renderMatchList, sideExtent } from '../src/render/match-list.js';
import { renderPairSummary, summarisePairs } from '../src/render/pair-summary.js';
import { sentenceNumbers } from '../src/render/sentence-text.js';
import { renderSources } from '../src/render/sources.js';
import { PLAIN_STYLE } from '../src/render/style.js';

// Two hand-written articles: sentence 1 edited, sentence 2 reworded, the rest added.
function ferryPair(): { report: ComparisonReport; texts: string[] } {
  return buildFixtureReport({
    articles: [
      { outlet: 'wire.txt', sentences: ['The ferry will close in March.', 'Councillors voted 14 to 9.', 'Nobody wanted it.'] },
      { outlet: 'outlet.txt', sentences: ['The old ferry will close in March.', 'The vote was 14 to 9 in the council.', 'Readers were angry.', 'The Post asked why.'] },
    ],
    matches: [
      { a: [0, 0], b: [1, 0], kind: 'edited', score: 0.8666 },
      { a: [0, 1], b: [1, 1], kind: 'paraphrase', score: 0.61 },
    ],
  });
}

const table = (text: string): string[][] => text.split('\n').map((line) => line.trim().split(/\s{2,}/u));

describe('sentenceNumbers', () => {
  test.each([
    [[0], 'sentence 1'],
    [[3], 'sentence 4'],
    [[3, 4], 'sentences 4 and 5'],
    [[3, 4, 6], 'sentences 4, 5 and 7'],
  ])('%j -> %s', (indexes, expected) => expect(sentenceNumbers(indexes)).toBe(expected));
});

describe('splitShares', () => {
  test.each([
    [{ characters: 1000, reusedShare: 0.585 }, { reused: 59, added: 41 }],
    [{ characters: 1000, reusedShare: 0.505 }, { reused: 51, added: 49 }],
    [{ characters: 10, reusedShare: 1 }, { reused: 100, added: 0 }],
    [{ characters: 0, reusedShare: 0 }, { reused: 0, added: 0 }],
  ])('%j -> %j', (stats, expected) => expect(splitShares(stats)).toEqual(expected));

  test('reused and added always add up to 100% for a non-empty document', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 1e7 }), (reusedShare, characters) => {
        const { reused, added } = splitShares({ characters, reusedShare });
        expect(reused + added).toBe(100);
        expect(reused).toBeGreaterThanOrEqual(0);
        expect(added).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});

describe('renderDocumentShares', () => {
  test('one row per document, numbered from 1, shares by characters that add up, counts by kind', () => {
    const { report } = ferryPair();
    const rows = table(renderDocumentShares(report));
    expect(rows[0]).toEqual(['#', 'article', 'sentences', 'reused', 'added', 'verbatim', 'edited', 'paraphrase', 'partial']);
    const stats = report.documents[0]!.stats;
    const reused = Math.round(stats.reusedShare * 100);
    expect(rows[1]).toEqual(['1', 'wire.txt', '3', `${reused}%`, `${100 - reused}%`, '0', '1', '1', '0']);
    expect(rows[2]?.slice(0, 3)).toEqual(['2', 'outlet.txt', '4']);
  });
  test('publication times and the share without shared quotes appear when the report has them', () => {
    const { report } = ferryPair();
    report.documents[0]!.publishedAt = '2024-03-01T07:05Z';
    report.documents[1]!.publishedAt = '2024-03-01T09:30Z';
    report.documents[1]!.stats.reusedShareWithoutQuotes = 0.25;
    const rows = table(renderDocumentShares(report));
    expect(rows[0]).toEqual(['#', 'article', 'published', 'sentences', 'reused', 'added', 'reused without quotes', 'verbatim', 'edited', 'paraphrase', 'partial']);
    expect(rows[1]?.[2]).toBe('2024-03-01T07:05Z');
    expect(rows[2]?.[6]).toBe('25%');
  });
  test('an empty document reports 0% added, not 100%', () => {
    const { report } = buildFixtureReport({ articles: [{ outlet: 'empty.txt', sentences: [] }, { outlet: 'b', sentences: ['B.'] }], matches: [] });
    expect(table(renderDocumentShares(report))[1]).toEqual(['1', 'empty.txt', '0', '0%', '0%', '0', '0', '0', '0']);
  });
});

describe('renderMatch', () => {
  test('an edited match: heading numbered from 1 with sentences counted from 1, then the word diff', () => {
    const input = ferryPair();
    expect(renderMatch(input, input.report.matches[0]!, PLAIN_STYLE)).toBe('1. edited 0.87  wire.txt sentence 1 <> outlet.txt sentence 1\n    The {+old+} ferry will close in March.');
  });
  test('a paraphrase shows both sentences, since its words mostly differ', () => {
    const input = ferryPair();
    expect(renderMatch(input, input.report.matches[1]!, PLAIN_STYLE)).toBe(
      '2. paraphrase 0.61  wire.txt sentence 2 <> outlet.txt sentence 2\n    wire.txt:   Councillors voted 14 to 9.\n    outlet.txt: The vote was 14 to 9 in the council.',
    );
  });
  test('a match without a diff shows both sentences', () => {
    const input = ferryPair();
    const match = { ...input.report.matches[0]!, diff: [] };
    expect(renderMatch(input, match, PLAIN_STYLE).split('\n').slice(1)).toEqual(['    wire.txt:   The ferry will close in March.', '    outlet.txt: The old ferry will close in March.']);
  });
  test('a merge lists every sentence of the side; a shared quote says so', () => {
    const input = ferryPair();
    const first = input.report.matches[0]!;
    const match: Match = { ...first, quote: true, sides: [{ document: 0, sentences: [0, 1], spans: [] }, first.sides[1]] };
    expect(renderMatch(input, match, PLAIN_STYLE).split('\n')[0]).toBe('1. edited 0.87  wire.txt sentences 1 and 2 <> outlet.txt sentence 1 (shared quote)');
    expect(sideExtent(input.report, match.sides[0])).toEqual([0, input.texts[0]!.indexOf('Nobody') - 1]);
  });
  test('each change the engine explains is one line under the match', () => {
    const input = ferryPair();
    const changes: Change[] = [
      { kind: 'number', a: [21, 23], b: [20, 22], from: '14', to: '15', summary: 'number changed: 14 -> 15' },
      { kind: 'added', b: [4, 7], to: 'old', summary: 'words added: "old"' },
    ];
    const lines = renderMatch(input, { ...input.report.matches[0]!, changes }, PLAIN_STYLE).split('\n');
    expect(lines.slice(2)).toEqual(['    - number changed: 14 -> 15', '    - words added: "old"']);
  });
});

describe('describeChange', () => {
  test.each<[Change, string]>([
    [{ kind: 'attribution', from: 'Peskov said', to: 'the Kremlin said', summary: 'attribution changed: Peskov said -> the Kremlin said' }, 'attribution changed: Peskov said -> the Kremlin said'],
    [{ kind: 'number', from: '25', to: '50', summary: '' }, 'number: "25" -> "50"'],
    [{ kind: 'cut', from: 'on Monday', summary: ' ' }, 'cut: "on Monday"'],
    [{ kind: 'reordered', summary: '' }, 'reordered'],
  ])('%j', (change, expected) => expect(describeChange(change)).toBe(expected));
});

describe('renderMatchList', () => {
  test('no matches says so', () => {
    const { report, texts } = buildFixtureReport({ articles: [{ sentences: ['A.'] }, { sentences: ['B.'] }], matches: [] });
    expect(renderMatchList({ report, texts }, PLAIN_STYLE)).toBe('Matches\nNo reused sentences found.');
  });
  test('with more than two articles, matches are grouped under a heading per pair', () => {
    const input = buildThreeOutletReport();
    const headings = renderMatchList(input, PLAIN_STYLE).split('\n').filter((line) => line.startsWith('Matches'));
    expect(headings).toEqual(['Matches: Wire <> Daily <b>Post</b> (3)', 'Matches: Wire <> Evening Star (2)', 'Matches: Daily <b>Post</b> <> Evening Star (1)']);
  });
});

describe('renderAddedSentences', () => {
  test('lists each added sentence by its number and text, per document', () => {
    expect(renderAddedSentences(ferryPair(), PLAIN_STYLE)).toBe(
      [
        'Added in wire.txt (1 of 3 sentences, in no other article)',
        '  sentence 3: Nobody wanted it.',
        '',
        'Added in outlet.txt (2 of 4 sentences, in no other article)',
        '  sentence 3: Readers were angry.',
        '  sentence 4: The Post asked why.',
      ].join('\n'),
    );
  });
});

describe('summarisePairs and renderPairSummary', () => {
  test('one row per pair that shares a match, with kinds and sentences covered', () => {
    const { report } = buildThreeOutletReport();
    expect(summarisePairs(report).map((pair) => [pair.first, pair.second, pair.matches, pair.firstSentences, pair.secondSentences])).toEqual([
      [0, 1, 3, 3, 3],
      [0, 2, 2, 2, 2],
      [1, 2, 1, 1, 1],
    ]);
    const rows = table(renderPairSummary(report));
    expect(rows[0]).toEqual(['first', 'second', 'matches', 'verbatim', 'edited', 'paraphrase', 'partial', 'sentences of first', 'sentences of second']);
    expect(rows[1]).toEqual(['Wire', 'Daily <b>Post</b>', '3', '1', '1', '1', '0', '3 of 4', '3 of 4']);
  });
});

describe('renderSources', () => {
  test('with cluster origins: how many of each article\'s reused sentences came from which article, and whose statements they were', () => {
    const input = buildThreeOutletReport({ clusters: true });
    const sources = renderSources(buildReportModel({ ...input, filters: DEFAULT_FILTERS }));
    expect(sources.heading).toMatch(/^Taken from/u);
    const origins = findLikelyOrigins(buildReportModel({ ...input, filters: DEFAULT_FILTERS }));
    expect(sources.lines[0]).toBe(`Wire: the origin of ${origins.originOf[0]} shared statements`);
    expect(sources.lines[1]).toBe(`Daily <b>Post</b>: ${origins.takenFrom[1]![0]![1]} of its 3 reused sentences likely taken from Wire`);
    expect(sources.lines[2]).toMatch(/^Evening Star: \d+ of its 2 reused sentences likely taken from Wire/u);
  });
  test('an article without a publication time is said to have no origin', () => {
    const input = buildThreeOutletReport({ clusters: true });
    input.report.clusters = input.report.clusters.filter((cluster) => cluster.members.every((member) => member.document !== 2));
    delete input.report.documents[2]!.publishedAt;
    const lines = renderSources(buildReportModel({ ...input, filters: DEFAULT_FILTERS })).lines;
    expect(lines[2]).toBe('Evening Star: no publication time (--published-at), so no origin');
  });
  test('without publication times: who shares how many sentences with whom, and how to name an origin', () => {
    const input = buildThreeOutletReport();
    for (const document of input.report.documents) delete document.publishedAt;
    const sources = renderSources(buildReportModel({ ...input, filters: DEFAULT_FILTERS }));
    expect(sources.heading).toContain('--published-at');
    expect(sources.lines[0]).toBe('Wire: 3 sentences with Daily <b>Post</b>, 2 sentences with Evening Star');
  });
});

describe('renderComparisonReport', () => {
  test('two articles: shares, matches, then added sentences; no pair table', () => {
    const text = renderComparisonReport(ferryPair(), PLAIN_STYLE);
    const headings = text.split('\n').filter((line) => /^(Articles|Pairs|Taken from|Shared with|Matches|Added in)/u.test(line));
    expect(headings).toEqual(['Articles', 'Matches (2)', 'Added in wire.txt (1 of 3 sentences, in no other article)', 'Added in outlet.txt (2 of 4 sentences, in no other article)']);
    expect(text.endsWith('\n')).toBe(true);
  });
  test('three articles: a pair table and where each article\'s sentences came from', () => {
    const text = renderComparisonReport(buildThreeOutletReport(), PLAIN_STYLE);
    expect(text).toContain('\nPairs\n');
    expect(text).toMatch(/\n(Taken from|Shared with)/u);
  });
  test('an incomplete report says what is missing first', () => {
    const input = ferryPair();
    input.report.incomplete = { reason: 'time-budget', detail: 'stopped after 10 ms' };
    expect(renderComparisonReport(input, PLAIN_STYLE).split('\n')[0]).toBe('Incomplete: stopped after 10 ms');
  });
});
