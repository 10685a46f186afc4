import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, inject, test } from 'vitest';
import '../test-fixtures/provided-context.js';
import { App } from './app.js';

// The app against the real API (started by the project's global setup): the page's fetch
// calls go to a server on a free port, which the test DOM treats as its own origin.
beforeAll(() => {
  (window as unknown as { happyDOM: { setURL: (url: string) => void } }).happyDOM.setURL(`${inject('apiUrl')}/`);
});

afterEach(cleanup);

describe('App with the API', () => {
  test('the example compares into a result with both articles', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(screen.getByRole('button', { name: 'Try an example' }));
    await user.click(screen.getByRole('button', { name: 'Compare articles' }));
    await screen.findByRole('heading', { name: /What was reused/ }, { timeout: 20_000 });
    expect(screen.getByTestId('outlet-bar-1').textContent).toContain('Published first');
    expect(screen.getByTestId('column-2').querySelectorAll('[data-kind="verbatim"]').length).toBeGreaterThan(0);
  }, 30_000);

  test('an article over the server limit gets the API message on its own card', async () => {
    const user = userEvent.setup();
    render(<App />);
    const [first, second] = screen.getAllByRole('textbox', { name: /Text of article/ });
    await user.click(first!);
    await user.paste('A short article. It has two sentences.');
    await user.click(second!);
    await user.paste('Far too long. '.repeat(400));
    await user.click(screen.getByRole('button', { name: 'Compare articles' }));
    const card = screen.getByTestId('article-2');
    await waitFor(() => expect(within(card).getByRole('alert').textContent).toContain('At most 5000 characters'), { timeout: 20_000 });
    expect(within(screen.getByTestId('article-1')).queryByRole('alert')).toBeNull();
    expect(screen.getByTestId('form-errors').textContent).toMatch(/Content too large \(413\)/);
  }, 30_000);

  test("the API's message stays on its article when another article is removed", async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(screen.getByRole('button', { name: '+ Add another article' }));
    const [first, second, third] = screen.getAllByRole('textbox', { name: /Text of article/ });
    await user.click(first!);
    await user.paste('A short article. It has two sentences.');
    await user.click(second!);
    await user.paste('Another short article. It has two sentences too.');
    await user.click(third!);
    await user.paste('Far too long. '.repeat(400));
    await user.click(screen.getByRole('button', { name: 'Compare articles' }));
    await waitFor(() => expect(within(screen.getByTestId('article-3')).getByRole('alert').textContent).toContain('At most 5000 characters'), { timeout: 20_000 });
    await user.click(screen.getByRole('button', { name: 'Remove article 1' }));
    expect(within(screen.getByTestId('article-2')).getByRole('alert').textContent).toContain('At most 5000 characters');
    expect(within(screen.getByTestId('article-1')).queryByRole('alert')).toBeNull();
  }, 30_000);

  test('a chosen .html file is extracted into the card for checking', async () => {
    const user = userEvent.setup();
    render(<App />);
    const html = '<html><head><title>Quotas cut</title></head><body><article><h1>Quotas cut</h1><p>Ministers cut cod quotas by a fifth on Friday.</p><p>The deal runs for three years.</p></article></body></html>';
    await user.upload(screen.getByLabelText('Choose a file for article 1'), new File([html], 'quotas.html', { type: 'text/html' }));
    const text = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Text of article 1' });
    await waitFor(() => expect(text.value).toContain('cod quotas by a fifth'), { timeout: 20_000 });
    expect(text.value).not.toContain('<p>');
    expect(within(screen.getByTestId('article-1')).getByRole('status').textContent).toContain('quotas.html');
  }, 30_000);

  test('a file dropped on a card is extracted into that card', async () => {
    render(<App />);
    const file = new File(['# Storm warning\n\nGales are expected on the coast tonight.\n'], 'storm.md', { type: 'text/markdown' });
    fireEvent.drop(screen.getByTestId('article-2'), { dataTransfer: { files: [file], types: ['Files'] } });
    const text = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Text of article 2' });
    await waitFor(() => expect(text.value).toContain('Gales are expected on the coast tonight.'), { timeout: 20_000 });
    expect(screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Text of article 1' }).value).toBe('');
  }, 30_000);

  test('a file the API cannot read gets the reason on its card', async () => {
    const user = userEvent.setup();
    render(<App />);
    const bytes = new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 3, 0xff, 0xfe, 0, 0]);
    await user.upload(screen.getByLabelText('Choose a file for article 2'), new File([bytes], 'program.docx', { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }));
    const card = screen.getByTestId('article-2');
    await waitFor(() => expect(within(card).getByRole('alert').textContent).toMatch(/^Could not read program\.docx: .+\(4\d\d\)/), { timeout: 20_000 });
    expect(screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Text of article 2' }).value).toBe('');
  }, 30_000);
});
