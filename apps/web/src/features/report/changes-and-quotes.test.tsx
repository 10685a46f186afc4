import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test } from 'vitest';
import { buildFerryReport } from '../../test-fixtures/changes-and-quotes.js';
import { buildThreeOutletReport } from '@wirediff/report-format/testing';
import { ReportView } from './report-view.js';

afterEach(cleanup);

function renderFerry() {
  const { report, texts } = buildFerryReport();
  const documents = texts.map((text, i) => ({ text, outlet: report.documents[i]!.outlet! }));
  return render(<ReportView report={report} documents={documents} savedId={null} onSaved={() => undefined} />);
}

const sentence = (doc: number, index: number) => screen.getByTestId(`column-${doc}`).querySelector<HTMLElement>(`[data-sentence="${index}"]`)!;
const marks = (testId: string) => [...screen.getByTestId(testId).querySelectorAll('mark')].map((m) => m.textContent);

describe('what changed, in the match panel', () => {
  test('lists each change in words, with the arrow read out as "to"', async () => {
    renderFerry();
    await userEvent.setup().click(sentence(2, 0));
    const list = screen.getByTestId('change-list');
    expect([...list.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['number changed: 25 →  to 50 per cent', 'words cut: on Monday']);
    // (Testing Library's name computation adds a space after the <strong>; browsers do not.)
    expect(within(list).getByRole('button', { name: /^number changed ?: 25 to 50 per cent$/ })).toBeTruthy();
    expect(within(screen.getByTestId('match-panel')).getByRole('heading', { name: 'What changed' })).toBeTruthy();
  });

  test('pointing at a change marks its words on both sides; leaving clears them', async () => {
    renderFerry();
    await userEvent.setup().click(sentence(2, 0));
    const number = screen.getByRole('button', { name: /^number changed/ });
    expect(marks('match-side-a')).toEqual([]);
    fireEvent.mouseEnter(number);
    expect(marks('match-side-a')).toEqual(['25 per cent']);
    expect(marks('match-side-b')).toEqual(['50 per cent']);
    fireEvent.mouseLeave(number);
    expect(marks('match-side-a')).toEqual([]);
    // Words cut exist on side a only.
    act(() => screen.getByRole('button', { name: /^words cut/ }).focus());
    expect(marks('match-side-a')).toEqual(['on Monday']);
    expect(marks('match-side-b')).toEqual([]);
  });

  test('a click holds the highlight until clicked again', async () => {
    const user = userEvent.setup();
    renderFerry();
    await user.click(sentence(2, 2));
    const attribution = screen.getByRole('button', { name: /^attribution changed/ });
    await user.click(attribution);
    await user.unhover(attribution);
    act(() => attribution.blur());
    expect(attribution.getAttribute('aria-pressed')).toBe('true');
    expect(marks('match-side-a')).toEqual(['Harbour spokesman Tomas Ek said']);
    expect(marks('match-side-b')).toEqual(['The harbour authority said']);
    await user.click(attribution);
    act(() => attribution.blur());
    expect(attribution.getAttribute('aria-pressed')).toBe('false');
    expect(marks('match-side-b')).toEqual([]);
  });

  test('the highlight starts fresh on another match', async () => {
    const user = userEvent.setup();
    renderFerry();
    await user.click(sentence(2, 0));
    await user.click(screen.getByRole('button', { name: /^number changed/ }));
    expect(marks('match-side-b')).toEqual(['50 per cent']);
    await user.keyboard('n');
    expect(screen.getByTestId('match-panel').textContent).toContain('Match 2 of 4');
    await user.keyboard('p');
    expect(screen.getByTestId('match-panel').textContent).toContain('Match 1 of 4');
    expect(screen.getByRole('button', { name: /^number changed/ }).getAttribute('aria-pressed')).toBe('false');
    expect(marks('match-side-b')).toEqual([]);
  });

  test('added words are marked on side b only', async () => {
    const user = userEvent.setup();
    renderFerry();
    await user.click(sentence(2, 3));
    fireEvent.mouseEnter(screen.getByRole('button', { name: /^words added/ }));
    expect(marks('match-side-a')).toEqual([]);
    expect(marks('match-side-b')).toEqual(['according to the operator']);
  });

  test('a shared quote says so, and lists no changes when the report gives none', async () => {
    renderFerry();
    expect(within(sentence(2, 1)).getByText('Shared quote')).toBeTruthy();
    expect(within(sentence(2, 0)).queryByText('Shared quote')).toBeNull();
    await userEvent.setup().click(sentence(2, 1));
    const panel = screen.getByTestId('match-panel');
    expect(panel.querySelector('h3')!.textContent).toBe('Partial match, score 0.64Shared quote');
    expect(screen.getByTestId('quote-note').textContent).toContain('two outlets quoting the same speaker');
    expect(screen.queryByTestId('change-list')).toBeNull();
  });
});

describe('shared quotes in the summary and the filters', () => {
  test('the bars give the reused share with and without shared quotes', () => {
    renderFerry();
    const gazette = screen.getByTestId('outlet-bar-2');
    expect(gazette.textContent).toContain('80% reused (4 of 5 sentences');
    expect(screen.getByTestId('quote-share-2').textContent).toBe(' Without shared quotes: 60% reused (1 sentence is reused only as a quote).');
    expect(screen.getByTestId('length-share-2').textContent).toMatch(/^By length, as the engine counts it: \d+% of the text reused, \d+% without shared quotes\.$/);
  });

  test('"Hide shared quotes" drops the quote matches and the sentences only they made reused', async () => {
    const user = userEvent.setup();
    renderFerry();
    expect(screen.getByTestId('match-count').textContent).toBe('Showing 4 of 4 matches');
    await user.click(screen.getByRole('checkbox', { name: /Hide shared quotes \(1\)/ }));
    expect(screen.getByTestId('match-count').textContent).toBe('Showing 3 of 4 matches');
    expect(sentence(2, 1).dataset.kind).toBe('added');
    expect(sentence(1, 1).dataset.kind).toBe('added');
    expect(sentence(2, 0).dataset.kind).toBe('edited');
    expect(screen.getByTestId('outlet-bar-2').textContent).toContain('60% reused (3 of 5 sentences');
    expect(screen.queryByTestId('quote-share-2')).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: /Hide shared quotes/ }));
    expect(sentence(2, 1).dataset.kind).toBe('partial');
  });

  test('a pinned quote closes when quotes are hidden', async () => {
    const user = userEvent.setup();
    renderFerry();
    await user.click(sentence(2, 1));
    expect(screen.getByTestId('match-panel')).toBeTruthy();
    await user.click(screen.getByRole('checkbox', { name: /Hide shared quotes/ }));
    expect(screen.queryByTestId('match-panel')).toBeNull();
  });

  test('a report without changes or quote flags (saved before them) shows neither', async () => {
    const { report, texts } = buildThreeOutletReport({ clusters: true });
    render(<ReportView report={report} documents={texts.map((text) => ({ text }))} savedId={null} onSaved={() => undefined} />);
    expect(screen.queryByRole('checkbox', { name: /Hide shared quotes/ })).toBeNull();
    expect(screen.queryByTestId('quote-share-1')).toBeNull();
    expect(screen.queryByTestId('length-share-1')).toBeNull();
    await userEvent.setup().click(sentence(2, 1));
    expect(screen.getByTestId('match-panel')).toBeTruthy();
    expect(screen.queryByTestId('change-list')).toBeNull();
    expect(screen.queryByTestId('quote-note')).toBeNull();
  });
});
