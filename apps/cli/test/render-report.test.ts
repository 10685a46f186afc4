import type { Match } from '@wirediff/match';
import { describe, expect, test } from 'vitest';
import { renderComparisonReport } from '../src/render/comparison-report.js';
import { documentLabel, renderDocumentShares } from '../src/render/document-shares.js';
import { renderMatch, renderMatchList, sideExtent } from '../src/render/match-list.js';
import { PLAIN_STYLE } from '../src/render/style.js';
import { documentOf, reportOf, wordRanges } from './report-builder.js';

const WIRE = 'The ferry will close. Nobody wanted it.';
const OUTLET = 'The old ferry will close. Readers were angry.';

function editedMatch(): Match {
  const a = wordRanges(WIRE);
  const b = wordRanges(OUTLET);
  return {
    id: 1,
    kind: 'edited',
    score: 0.8666,
    sides: [
      { document: 0, sentences: [0], spans: [[0, 21]] },
      { document: 1, sentences: [0], spans: [[0, 25]] },
    ],
    diff: [
      { op: 'equal', a: a[0]!, b: b[0]! },
      { op: 'insert', b: b[1]! },
      { op: 'equal', a: a[1]!, b: b[2]! },
      { op: 'equal', a: a[2]!, b: b[3]! },
      { op: 'equal', a: a[3]!, b: b[4]! },
    ],
  };
}

function sampleReport() {
  const documents = [documentOf(WIRE, 'wire.txt', { 0: 'edited' }), documentOf(OUTLET, 'outlet.txt', { 0: 'edited' })];
  return reportOf(documents, [editedMatch()]);
}

describe('documentLabel', () => {
  const cases: Array<[{ id: string; outlet?: string; title?: string }, string]> = [
    [{ id: 'd1', outlet: 'wire.txt', title: 'T' }, 'wire.txt'],
    [{ id: 'd1', title: 'Ferry closes' }, 'Ferry closes'],
    [{ id: 'd1' }, 'd1'],
  ];
  test.each(cases)('%o -> %s', (document, expected) => expect(documentLabel(document)).toBe(expected));
});

describe('renderDocumentShares', () => {
  test('one row per document with shares by characters and counts by kind', () => {
    const report = sampleReport();
    const lines = renderDocumentShares(report).split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]!.split(/\s+/u)).toEqual(['document', 'sentences', 'reused', 'added', 'verbatim', 'edited', 'paraphrase', 'partial']);
    const wireShare = Math.round((21 / WIRE.length) * 100);
    expect(lines[1]!.split(/\s+/u)).toEqual(['wire.txt', '2', `${wireShare}%`, `${100 - wireShare}%`, '0', '1', '0', '0']);
    expect(lines[2]!.split(/\s+/u)[0]).toBe('outlet.txt');
  });
  test('an empty document reports 0% added, not 100%', () => {
    const line = renderDocumentShares(reportOf([documentOf('', 'empty.txt')])).split('\n')[1]!;
    expect(line.split(/\s+/u)).toEqual(['empty.txt', '0', '0%', '0%', '0', '0', '0', '0']);
  });
});

describe('renderMatch', () => {
  test('heading names kind, score and 1-based sentences; body is the word diff', () => {
    const report = sampleReport();
    expect(renderMatch({ report, texts: [WIRE, OUTLET] }, report.matches[0]!, PLAIN_STYLE)).toBe(
      '#1 edited 0.87  wire.txt s1 <> outlet.txt s1\n    The {+old+} ferry will close.',
    );
  });
  test('a match without a diff shows both sentences', () => {
    const report = sampleReport();
    const match = { ...report.matches[0]!, diff: [] };
    expect(renderMatch({ report, texts: [WIRE, OUTLET] }, match, PLAIN_STYLE)).toBe(
      '#1 edited 0.87  wire.txt s1 <> outlet.txt s1\n    a: The ferry will close.\n    b: The old ferry will close.',
    );
  });
  test('a merge lists every sentence of the side', () => {
    const report = sampleReport();
    const match: Match = { ...report.matches[0]!, sides: [{ document: 0, sentences: [0, 1], spans: [] }, report.matches[0]!.sides[1]] };
    expect(renderMatch({ report, texts: [WIRE, OUTLET] }, match, PLAIN_STYLE).split('\n')[0]).toBe('#1 edited 0.87  wire.txt s1+s2 <> outlet.txt s1');
    expect(sideExtent(report, match.sides[0])).toEqual([0, WIRE.length]);
  });
});

describe('renderMatchList and renderComparisonReport', () => {
  test('no matches says so', () => {
    expect(renderMatchList({ report: reportOf([documentOf(WIRE, 'a'), documentOf(OUTLET, 'b')]), texts: [WIRE, OUTLET] }, PLAIN_STYLE)).toBe('No reused sentences found.');
  });
  test('the full report has the shares table, then the matches, and ends with a newline', () => {
    const report = sampleReport();
    const text = renderComparisonReport({ report, texts: [WIRE, OUTLET] }, PLAIN_STYLE);
    expect(text.indexOf('Documents')).toBe(0);
    expect(text.indexOf('Matches (1)')).toBeGreaterThan(text.indexOf('outlet.txt'));
    expect(text).toContain('The {+old+} ferry will close.');
    expect(text.endsWith('\n')).toBe(true);
  });
  test('an incomplete report says what is missing', () => {
    const report = { ...sampleReport(), incomplete: { reason: 'time-budget' as const, detail: 'stopped after 10 ms' } };
    expect(renderComparisonReport({ report, texts: [WIRE, OUTLET] }, PLAIN_STYLE)).toContain('Incomplete: stopped after 10 ms');
  });
});
