import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test } from 'vitest';
import { buildThreeOutletReport } from '@wirediff/report-format/testing';
import { ReportView } from './report-view.js';

afterEach(cleanup);

function renderReport() {
  const { report, texts } = buildThreeOutletReport({ clusters: true });
  const documents = texts.map((text, i) => ({ text, outlet: report.documents[i]!.outlet! }));
  const view = render(<ReportView report={report} documents={documents} savedId={null} onSaved={() => undefined} />);
  return { ...view, report, texts };
}

const column = (n: number) => screen.getByTestId(`column-${n}`);
const sentence = (doc: number, index: number) => column(doc).querySelector<HTMLElement>(`[data-sentence="${index}"]`)!;

describe('ReportView', () => {
  test('summarises each outlet in words and as a bar', () => {
    renderReport();
    const wire = screen.getByTestId('outlet-bar-1');
    expect(wire.textContent).toContain('100% reused');
    expect(wire.textContent).toContain('1 verbatim, 1 edited, 2 paraphrase');
    expect(wire.textContent).toContain('Published first: the likely source of 4 shared statements.');
    const star = screen.getByTestId('outlet-bar-3');
    expect(star.textContent).toContain('67% reused (2 of 3 sentences');
    expect(star.textContent).toContain('Likely took from Wire (2 sentences).');
  });

  test('renders user text as text, never as HTML', () => {
    const { container } = renderReport();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(sentence(3, 0).textContent).toContain('<img src=x onerror=alert(1)> Locals were relieved.');
  });

  test('marks every sentence with its kind in words, or as added', () => {
    renderReport();
    const badges = [...column(2).querySelectorAll('[data-sentence] .badge')].map((b) => b.textContent);
    expect(badges).toEqual(['Verbatim ×2', 'Edited', 'Added', 'Paraphrase']);
    expect(sentence(2, 2).getAttribute('role')).toBeNull();
    expect(sentence(2, 1).getAttribute('role')).toBe('button');
  });

  test('shows the pairwise matrix for three articles', () => {
    renderReport();
    const matrix = screen.getByRole('table');
    const rows = within(matrix).getAllByRole('row');
    expect(rows).toHaveLength(4);
    expect(rows[3]!.textContent).toContain('67%');
    expect(rows[3]!.textContent).toContain('← from');
  });

  test('hover and focus highlight counterparts in the other columns', () => {
    renderReport();
    fireEvent.mouseEnter(sentence(1, 0));
    expect(sentence(1, 0).dataset.state).toBe('source');
    expect(sentence(2, 0).dataset.state).toBe('counterpart');
    expect(sentence(3, 1).dataset.state).toBe('counterpart');
    expect(sentence(2, 1).className).toContain('sentence--dimmed');
    fireEvent.mouseLeave(sentence(1, 0));
    expect(sentence(2, 0).dataset.state).toBe('none');
    act(() => sentence(2, 3).focus());
    expect(sentence(1, 2).dataset.state).toBe('counterpart');
  });

  test('click pins the match and shows both sentences with the word diff', async () => {
    const user = userEvent.setup();
    renderReport();
    await user.click(sentence(2, 1));
    const panel = screen.getByTestId('match-panel');
    expect(panel.querySelector('h3')!.textContent).toBe('Edited match, score 0.78');
    expect(screen.getByTestId('match-side-a').textContent).toBe('The work cost 14 million euros.');
    expect(screen.getByTestId('match-side-b').textContent).toBe('The work cost 15 million euros, the city said.');
    const diff = screen.getByTestId('word-diff');
    expect([...diff.querySelectorAll('del')].map((d) => d.textContent)).toContain('14');
    expect([...diff.querySelectorAll('ins')].map((d) => d.textContent)).toContain('15');
    expect(sentence(1, 1).dataset.state).toBe('pinned');
    expect(sentence(2, 1).getAttribute('aria-pressed')).toBe('true');
  });

  test('keyboard alone: Tab reaches marked sentences (not added ones), Enter pins, Enter again unpins', async () => {
    const user = userEvent.setup();
    renderReport();
    act(() => sentence(2, 0).focus());
    await user.tab();
    expect(document.activeElement).toBe(sentence(2, 1));
    await user.tab();
    expect(document.activeElement).toBe(sentence(2, 3));
    await user.keyboard('{Enter}');
    expect(screen.getByTestId('match-panel').querySelector('h3')!.textContent).toBe('Paraphrase match, score 0.52');
    act(() => sentence(2, 3).focus());
    await user.keyboard('{Enter}');
    expect(screen.queryByTestId('match-panel')).toBeNull();
  });

  test('a sentence with several matches offers each one', async () => {
    const user = userEvent.setup();
    renderReport();
    await user.click(sentence(1, 0));
    const panel = screen.getByTestId('match-panel');
    const choices = within(panel).getAllByRole('button', { pressed: false }).filter((b) => b.textContent?.includes('↔'));
    expect(choices).toHaveLength(1);
    await user.click(choices[0]!);
    expect(screen.getByTestId('match-side-b').closest('figure')!.textContent).toContain('Evening Star');
  });

  test('keys step through matches in reading order and Esc clears', async () => {
    const user = userEvent.setup();
    renderReport();
    await user.keyboard('n');
    expect(screen.getByTestId('match-panel').textContent).toContain('Match 1 of 6');
    await user.keyboard('j');
    expect(screen.getByTestId('match-panel').textContent).toContain('Match 2 of 6');
    await user.keyboard('k');
    await user.keyboard('p');
    expect(screen.getByTestId('match-panel').textContent).toContain('Match 6 of 6');
    await user.keyboard('{Escape}');
    expect(screen.queryByTestId('match-panel')).toBeNull();
  });

  test('the score slider and kind switches re-filter on the page', async () => {
    const user = userEvent.setup();
    renderReport();
    expect(screen.getByTestId('match-count').textContent).toBe('Showing 6 of 6 matches');
    fireEvent.change(screen.getByRole('slider'), { target: { value: '0.7' } });
    expect(screen.getByTestId('match-count').textContent).toBe('Showing 4 of 6 matches');
    expect(sentence(2, 3).dataset.kind).toBe('added');
    await user.click(screen.getByRole('checkbox', { name: /Edited/ }));
    expect(screen.getByTestId('match-count').textContent).toBe('Showing 3 of 6 matches');
    expect(sentence(2, 1).dataset.kind).toBe('added');
    expect(screen.getByTestId('outlet-bar-2').textContent).toContain('25% reused');
  });

  test('only reused / only added hide the other sentences', async () => {
    const user = userEvent.setup();
    renderReport();
    await user.click(screen.getByRole('radio', { name: 'Only added' }));
    expect(column(2).querySelectorAll('[data-sentence]')).toHaveLength(1);
    expect(column(1).textContent).toContain('No sentences match the current filters.');
    await user.click(screen.getByRole('radio', { name: 'Only reused' }));
    expect(column(2).querySelectorAll('[data-sentence]')).toHaveLength(3);
  });

  test('with three articles a reader can choose which are side by side', async () => {
    const user = userEvent.setup();
    renderReport();
    const picker = screen.getByRole('group', { name: /side by side/ });
    const boxes = within(picker).getAllByRole('checkbox');
    expect(boxes.map((b) => (b as HTMLInputElement).checked)).toEqual([true, true, true]);
    await user.click(boxes[1]!);
    expect(screen.queryByTestId('column-2')).toBeNull();
    expect((boxes[0] as HTMLInputElement).disabled).toBe(true);
    await user.click(boxes[1]!);
    expect(screen.getByTestId('column-2')).toBeTruthy();
  });

  test('says so when nothing is shared', () => {
    const { report, texts } = buildThreeOutletReport({ clusters: true });
    const empty = { ...report, matches: [], documents: report.documents.map((d) => ({ ...d, sentences: d.sentences.map((s) => ({ ...s, status: 'added' as const, matchIds: [] })) })) };
    render(<ReportView report={empty} documents={texts.map((text) => ({ text }))} savedId={null} onSaved={() => undefined} />);
    expect(screen.getByText(/No shared sentences/)).toBeTruthy();
  });
});
