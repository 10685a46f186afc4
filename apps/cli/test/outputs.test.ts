import type { ComparisonReport } from '@wirediff/match';
import { buildFixtureReport } from '@wirediff/report-format/testing';
import { describe, expect, test } from 'vitest';
import type { IdentifiedArticle } from '../src/inputs/load-articles.js';
import { formatBatchCsv, renderBatchSummary, summariseBatch, type BatchResult } from '../src/output/batch-summary.js';
import { formatComparison, generatedAt, toJsonInput } from '../src/output/comparison-output.js';
import { EXIT_CODES, findSharesAbove, judgeShares } from '../src/output/fail-above.js';
import { PLAIN_STYLE } from '../src/render/style.js';

const WIRE = ['The ferry will close in March.', 'Councillors voted 14 to 9.', 'Nobody wanted it.'];

function pairWith(outlet: string, sentences: string[], matches: Array<[number, number, 'verbatim' | 'edited']>): { report: ComparisonReport; texts: string[] } {
  return buildFixtureReport({
    articles: [{ outlet: 'wire.txt', sentences: WIRE }, { outlet, sentences }],
    matches: matches.map(([a, b, kind]) => ({ a: [0, a], b: [1, b], kind, score: kind === 'verbatim' ? 1 : 0.8 })),
  });
}

function article(id: string, text: string, extra: Partial<IdentifiedArticle> = {}): IdentifiedArticle {
  return { id, path: `${id}.txt`, format: 'text', text, ...extra };
}

function batch(): { source: IdentifiedArticle; results: BatchResult[] } {
  const sun = pairWith('Sun', ['The ferry will close in March.', 'Fury on the island.'], [[0, 0, 'verbatim']]);
  const times = pairWith('=HYPERLINK("x")', ['The ferry will close in March.', 'Councillors voted 14 to 9 on Tuesday.'], [[0, 0, 'verbatim'], [1, 1, 'edited']]);
  const sunAgain = pairWith('Sun', ['Nothing in common here.'], []);
  return {
    source: article('doc-1', sun.texts[0]!, { outlet: 'wire.txt' }),
    results: [
      { input: 1, article: article('doc-2', sun.texts[1]!, { outlet: 'Sun', publishedAt: '2025-02-11T16:05Z' }), report: sun.report },
      { input: 2, article: article('doc-3', times.texts[1]!, { outlet: '=HYPERLINK("x")', path: 'feed.jsonl', line: 4 }), report: times.report },
      { input: 3, article: article('doc-4', sunAgain.texts[1]!, { outlet: 'Sun' }), report: sunAgain.report },
    ],
  };
}

describe('batch summary', () => {
  test('one row per compared article: its shares, kinds, matches and the source sentences it used', () => {
    const rows = summariseBatch(batch().results);
    expect(rows.map((row) => [row.input, row.id, row.name, row.reusedSentences, row.matches, row.sourceSentencesUsed, row.byKind.edited])).toEqual([
      [1, 'doc-2', 'Sun', 1, 1, 1, 0],
      [2, 'doc-3', '=HYPERLINK("x")', 2, 2, 2, 1],
      [3, 'doc-4', 'Sun', 0, 0, 0, 0],
    ]);
  });
  test('the text summary numbers articles as inputs (source = 1) and totals outlets with several articles', () => {
    const { results } = batch();
    const text = renderBatchSummary({ name: 'wire.txt', sentences: 3 }, summariseBatch(results), (t) => t);
    const lines = text.split('\n');
    expect(lines[0]).toBe('Source: wire.txt (3 sentences)');
    expect(lines[3]?.split(/\s{2,}/u)).toEqual(['#', 'article', 'published', 'sentences', 'reused', 'added', 'verbatim', 'edited', 'paraphrase', 'partial', 'matches', 'source used']);
    expect(lines[4]?.trim().split(/\s{2,}/u).slice(0, 3)).toEqual(['2', 'Sun', '2025-02-11T16:05Z']);
    expect(text).toContain('By outlet');
    const sun = lines.find((line) => line.startsWith('Sun ') && !line.includes('2025'));
    expect(sun?.split(/\s{2,}/u).slice(0, 2)).toEqual(['Sun', '2']);
  });
  test('the CSV counts inputs from 0 as the JSON does, and keeps a spreadsheet from running a cell', () => {
    const csv = formatBatchCsv(summariseBatch(batch().results)).split('\r\n');
    expect(csv[0]).toBe('input,id,path,line,outlet,published_at,sentences,reused_sentences,reused_share,verbatim,edited,paraphrase,partial,matches,source_sentences_used');
    expect(csv[2]).toMatch(/^2,doc-3,feed\.jsonl,4,"'=HYPERLINK\(""x""\)",,2,2,0\.\d{4},1,1,0,0,2,2$/u);
    expect(csv.at(-1)).toBe('');
  });
});

describe('formatComparison', () => {
  const { report, texts } = pairWith('outlet.txt', ['The ferry will close in March.', 'Readers were angry.'], [[0, 0, 'verbatim']]);
  const articles = [article('doc-1', texts[0]!, { path: 'wire.txt', outlet: 'wire.txt' }), article('doc-2', texts[1]!, { path: '-', outlet: 'standard input' })];
  const input = { report, articles, style: PLAIN_STYLE, env: { SOURCE_DATE_EPOCH: '1700000000' } };

  test('json: the report untouched beside the inputs, with paths and texts, in document order', () => {
    const parsed = JSON.parse(formatComparison('json', input)) as { report: ComparisonReport; inputs: unknown[] };
    expect(parsed.report).toEqual(report);
    expect(parsed.inputs).toEqual([
      { id: 'doc-1', path: 'wire.txt', format: 'text', outlet: 'wire.txt', text: texts[0] },
      { id: 'doc-2', path: '-', format: 'text', outlet: 'standard input', text: texts[1] },
    ]);
  });
  test("csv: the web app's matches CSV", () => {
    expect(formatComparison('csv', input).split('\r\n')[0]).toBe('match_id,kind,score,article_a,outlet_a,sentences_a,text_a,article_b,outlet_b,sentences_b,text_b');
  });
  test("html: the web app's printable report, dated by SOURCE_DATE_EPOCH when it is set", () => {
    const html = formatComparison('html', { ...input, minScore: 0.6 });
    expect(html).toMatch(/^<!doctype html>/u);
    expect(html).toContain('generated 2023-11-14T22:13:20.000Z');
    expect(html).toContain('Matches scoring below 0.60 are left out.');
    expect(formatComparison('html', input)).toBe(formatComparison('html', input));
  });
  test('text: the terminal report', () => {
    expect(formatComparison('text', input)).toMatch(/^Articles\n/u);
  });
  test('generatedAt is now without SOURCE_DATE_EPOCH', () => {
    expect(Math.abs(generatedAt({}).getTime() - Date.now())).toBeLessThan(60_000);
    expect(generatedAt({ SOURCE_DATE_EPOCH: 'x' }).getTime()).not.toBeNaN();
  });
  test('toJsonInput leaves out what an article does not have, keeps the feed line', () => {
    expect(toJsonInput({ id: 'a1', path: 'f.jsonl', line: 3, format: 'jsonl', text: 'T' })).toEqual({ id: 'a1', path: 'f.jsonl', line: 3, format: 'jsonl', text: 'T' });
  });
});

describe('--fail-above', () => {
  const { report } = pairWith('outlet.txt', ['The ferry will close in March.', 'Readers were angry.'], [[0, 0, 'verbatim']]);
  const shares = report.documents.map((document) => document.stats.reusedShare);
  test('documents strictly above the threshold, optionally among some', () => {
    expect(findSharesAbove(report, 0).map((above) => above.name)).toEqual(['wire.txt', 'outlet.txt']);
    expect(findSharesAbove(report, Math.max(...shares))).toEqual([]);
    expect(findSharesAbove(report, 0, [1]).map((above) => above.name)).toEqual(['outlet.txt']);
  });
  test('exit 1 with one line naming them; 0 and silence otherwise', () => {
    expect(judgeShares([{ name: 'outlet.txt', share: 0.62 }], 0.3)).toEqual({ code: EXIT_CODES.reuseAbove, message: 'wirediff: 1 article reuses more than 30%: outlet.txt (62%)\n' });
    expect(judgeShares([{ name: 'a', share: 0.5 }, { name: 'b', share: 0.9 }], 0.125).message).toBe('wirediff: 2 articles reuse more than 12.5%: a (50%), b (90%)\n');
    expect(judgeShares([], 0.3)).toEqual({ code: EXIT_CODES.ok, message: '' });
    expect(judgeShares([{ name: 'a', share: 1 }], undefined)).toEqual({ code: EXIT_CODES.ok, message: '' });
  });
});
