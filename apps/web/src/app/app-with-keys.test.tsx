import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, inject, test } from 'vitest';
import '../test-fixtures/provided-context.js';
import { API_KEY_STORAGE_NAME } from '../features/api/api-key-store.js';
import { App } from './app.js';

// The app against a real API started with WIREDIFF_API_KEYS (the project's global setup): the
// page must ask for a key on the first 401, keep it for the tab and send it on every call.
const [goodKey] = inject('apiKeys');
const base = inject('apiUrlWithKeys');
const happyDOM = (window as unknown as { happyDOM: { setURL: (url: string) => void } }).happyDOM;

beforeEach(() => {
  happyDOM.setURL(`${base}/`);
  window.sessionStorage.clear();
});
afterEach(cleanup);

const dialog = () => screen.findByRole('dialog', { name: 'This server needs an API key' }, { timeout: 20_000 });

async function compareExample(user: ReturnType<typeof userEvent.setup>): Promise<void> {
  await user.click(screen.getByRole('button', { name: 'Try an example' }));
  await user.click(screen.getByRole('button', { name: 'Compare articles' }));
}

describe('App with a server that needs an API key', () => {
  test('asks for the key, says when it is wrong, then compares, saves and forgets it', async () => {
    const user = userEvent.setup();
    render(<App />);
    await compareExample(user);
    const prompt = await dialog();
    const field = within(prompt).getByLabelText('API key');
    expect(document.activeElement).toBe(field);

    await user.type(field, 'not-a-key');
    await user.click(within(prompt).getByRole('button', { name: 'Use this key' }));
    const error = await within(prompt).findByRole('alert', {}, { timeout: 20_000 });
    expect(error.textContent).toContain('did not accept this key');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toBe(error.parentElement!.id);
    expect(window.sessionStorage.getItem(API_KEY_STORAGE_NAME)).toBeNull();

    await user.type(field, goodKey!);
    await user.click(within(prompt).getByRole('button', { name: 'Use this key' }));
    await screen.findByRole('heading', { name: /What was reused/ }, { timeout: 20_000 });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(window.sessionStorage.getItem(API_KEY_STORAGE_NAME)).toBe(goodKey);
    expect(screen.getByTestId('api-key-status').textContent).toContain('Using an API key');

    // Saving sends the stored key without asking again.
    await user.click(screen.getByRole('button', { name: /Save and get a link/ }));
    const link = await screen.findByTestId('permalink', {}, { timeout: 20_000 });
    expect(link.getAttribute('href')).toMatch(/^\/c\/[A-Za-z0-9_-]{10,}$/);
    expect(screen.queryByRole('dialog')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Forget the key' }));
    expect(window.sessionStorage.getItem(API_KEY_STORAGE_NAME)).toBeNull();
    expect(screen.queryByTestId('api-key-status')).toBeNull();
  }, 60_000);

  test('a saved comparison opened in a new tab asks for the key, then opens', async () => {
    const user = userEvent.setup();
    const first = render(<App />);
    await compareExample(user);
    await user.type(within(await dialog()).getByLabelText('API key'), `${goodKey}{Enter}`);
    await screen.findByRole('heading', { name: /What was reused/ }, { timeout: 20_000 });
    await user.click(screen.getByRole('button', { name: /Save and get a link/ }));
    const href = (await screen.findByTestId('permalink', {}, { timeout: 20_000 })).getAttribute('href')!;
    first.unmount();

    // A new tab: its sessionStorage is empty.
    window.sessionStorage.clear();
    happyDOM.setURL(`${base}${href}`);
    render(<App />);
    await user.type(within(await dialog()).getByLabelText('API key'), `${goodKey}{Enter}`);
    await screen.findByRole('heading', { name: /What was reused/ }, { timeout: 20_000 });
    expect(screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Text of article 2' }).value).toContain('Lakeport');
  }, 60_000);

  test('cancelling the prompt leaves the comparison undone with the reason in words', async () => {
    const user = userEvent.setup();
    render(<App />);
    await compareExample(user);
    await user.click(within(await dialog()).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.getByTestId('form-errors').textContent).toContain('this server needs an API key'), { timeout: 20_000 });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.queryByRole('heading', { name: /What was reused/ })).toBeNull();
  }, 60_000);

  test('a file is read with the key too', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.upload(screen.getByLabelText('Choose a file for article 1'), new File(['# Storm warning\n\nGales are expected on the coast tonight.\n'], 'storm.md', { type: 'text/markdown' }));
    await user.type(within(await dialog()).getByLabelText('API key'), `${goodKey}{Enter}`);
    const text = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Text of article 1' });
    await waitFor(() => expect(text.value).toContain('Gales are expected on the coast tonight.'), { timeout: 20_000 });
  }, 60_000);

  test('an empty key is refused before anything is sent', async () => {
    const user = userEvent.setup();
    render(<App />);
    await compareExample(user);
    const prompt = await dialog();
    await user.click(within(prompt).getByRole('button', { name: 'Use this key' }));
    expect(within(prompt).getByRole('alert').textContent).toBe('Enter the key first.');
    expect(window.sessionStorage.getItem(API_KEY_STORAGE_NAME)).toBeNull();
  }, 60_000);
});
