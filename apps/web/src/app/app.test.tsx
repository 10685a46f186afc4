import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test } from 'vitest';
import { EXAMPLE_ARTICLES } from '../features/example/example-articles.js';
import { App } from './app.js';
import { ErrorBoundary } from './error-boundary.js';
import { parseRoute } from './route.js';

afterEach(cleanup);

describe('App input', () => {
  test('starts with two empty articles and explains what will be shown', () => {
    render(<App />);
    expect(screen.getAllByRole('textbox', { name: /Text of article/ })).toHaveLength(2);
    expect(screen.getByRole('region', { name: 'What you will see' })).toBeTruthy();
  });

  test('"Try an example" fills both articles with the bundled pair', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(screen.getByRole('button', { name: 'Try an example' }));
    const [first, second] = screen.getAllByRole<HTMLTextAreaElement>('textbox', { name: /Text of article/ });
    expect(first!.value).toBe(EXAMPLE_ARTICLES[0]!.text);
    expect(second!.value).toBe(EXAMPLE_ARTICLES[1]!.text);
    expect(screen.getByTestId('article-2').textContent).toContain('The Lakeport Courier');
  });

  test('an empty article gets its error next to it, without a request', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.type(screen.getByRole('textbox', { name: 'Text of article 1' }), 'Only one article.');
    await user.click(screen.getByRole('button', { name: 'Compare articles' }));
    const card = screen.getByTestId('article-2');
    expect(within(card).getByRole('alert').textContent).toContain('This article is empty');
    expect(within(card).getByRole('textbox', { name: 'Text of article 2' }).getAttribute('aria-invalid')).toBe('true');
    expect(within(screen.getByTestId('article-1')).queryByRole('alert')).toBeNull();
    expect(screen.getByTestId('form-errors').textContent).toContain('at least two articles');
  });

  test('removing one article keeps the other articles their errors', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(screen.getByRole('button', { name: '+ Add another article' }));
    await user.type(screen.getByRole('textbox', { name: 'Text of article 1' }), 'Only one article.');
    await user.click(screen.getByRole('button', { name: 'Compare articles' }));
    expect(within(screen.getByTestId('article-2')).getByRole('alert').textContent).toContain('This article is empty');
    expect(within(screen.getByTestId('article-3')).getByRole('alert').textContent).toContain('This article is empty');
    await user.click(screen.getByRole('button', { name: 'Remove article 2' }));
    // The third article is now the second, and still says what is wrong with it.
    expect(screen.queryByTestId('article-3')).toBeNull();
    expect(within(screen.getByTestId('article-2')).getByRole('alert').textContent).toContain('This article is empty');
    expect(within(screen.getByTestId('article-1')).queryByRole('alert')).toBeNull();
  });

  test('articles can be added up to six and removed down to two', async () => {
    const user = userEvent.setup();
    render(<App />);
    for (let i = 0; i < 4; i += 1) await user.click(screen.getByRole('button', { name: '+ Add another article' }));
    expect(screen.getAllByRole('textbox', { name: /Text of article/ })).toHaveLength(6);
    expect(screen.queryByRole('button', { name: '+ Add another article' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Remove article 3' }));
    expect(screen.getAllByRole('textbox', { name: /Text of article/ })).toHaveLength(5);
  });
});

describe('ErrorBoundary', () => {
  test('shows the failure in words instead of a blank page', () => {
    const Broken = (): never => {
      throw new Error('report has no documents');
    };
    const original = console.error;
    console.error = () => undefined;
    try {
      render(
        <ErrorBoundary label="the result">
          <Broken />
        </ErrorBoundary>,
      );
    } finally {
      console.error = original;
    }
    expect(screen.getByRole('alert').textContent).toContain('Something went wrong in the result');
    expect(screen.getByRole('alert').textContent).toContain('report has no documents');
  });
});

test.each([
  ['/', { page: 'home' }],
  ['/c/q7Xv0b0d3C9o1m2KQk4b6A', { page: 'saved', id: 'q7Xv0b0d3C9o1m2KQk4b6A' }],
  ['/c/', { page: 'home' }],
  ['/c/a/b', { page: 'home' }],
  ['/sources', { page: 'sources' }],
  ['/sources/', { page: 'sources' }],
  ['/feed', { page: 'feed' }],
  ['/feed/x', { page: 'home' }],
])('route %s', (path, route) => {
  expect(parseRoute(path)).toEqual(route);
});
