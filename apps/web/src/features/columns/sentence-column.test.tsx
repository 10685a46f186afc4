import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { buildFixtureReport } from '@wirediff/report-format/testing';
import { DEFAULT_FILTERS, buildReportModel } from '@wirediff/report-format';
import { SentenceColumn, VIRTUALIZE_FROM } from './sentence-column.js';

afterEach(cleanup);

const handlers = { onHover: () => undefined, onFocusSentence: () => undefined, onActivate: () => undefined };

function renderColumn(count: number) {
  const sentences = Array.from({ length: count }, (_, i) => `Sentence number ${i + 1} of a very long transcript.`);
  const { report, texts } = buildFixtureReport({
    articles: [{ outlet: 'Long', sentences }, { outlet: 'Short', sentences: [sentences[0]!] }],
    matches: [{ a: [0, 0], b: [1, 0], kind: 'verbatim', score: 1 }],
  });
  const model = buildReportModel({ report, texts, filters: DEFAULT_FILTERS });
  render(
    <SentenceColumn
      columnIndex={0}
      document={0}
      name="Long"
      report={report.documents[0]!}
      counts={model.counts[0]!}
      sentences={model.sentences[0]!}
      rows={model.sentences[0]!}
      states={undefined}
      dimOthers={false}
      handlers={handlers}
    />,
  );
  return screen.getByTestId('column-1');
}

test('a short column renders every sentence', () => {
  const column = renderColumn(40);
  expect(column.querySelectorAll('[data-sentence]')).toHaveLength(40);
});

test('a column of thousands of sentences keeps only a screenful in the DOM', () => {
  const column = renderColumn(5000);
  const rendered = column.querySelectorAll('[data-sentence]').length;
  expect(VIRTUALIZE_FROM).toBeLessThan(5000);
  expect(rendered).toBeGreaterThan(3);
  expect(rendered).toBeLessThan(60);
  expect(column.querySelector('[data-sentence="0"] .badge')!.textContent).toBe('Verbatim');
  expect(screen.getByRole('img', { name: 'Map of Long: 1 of 5000 sentences reused' })).toBeTruthy();
});

test('the overview strip bins long articles but keeps every reused stretch visible', async () => {
  const { groupRuns, MAX_STRIP_BINS } = await import('./overview-strip.js');
  const sentences = Array.from({ length: 10_000 }, (_, i) => ({ index: i, text: '', kind: i === 7777 ? ('partial' as const) : null, matchIds: [] }));
  const runs = groupRuns(sentences);
  expect(runs.length).toBeLessThanOrEqual(3);
  expect(runs.find((r) => r.kind === 'partial')!.from).toBeLessThanOrEqual(7777);
  expect(runs.at(-1)!.to).toBe(10_000);
  const short = groupRuns(sentences.slice(0, 10).map((s, i) => ({ ...s, kind: i % 2 ? ('verbatim' as const) : null })));
  expect(short).toHaveLength(10);
  expect(MAX_STRIP_BINS).toBeGreaterThan(100);
});
