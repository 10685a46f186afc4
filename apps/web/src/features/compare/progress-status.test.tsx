import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, test, vi } from 'vitest';
import { ProgressStatus } from './progress-status.js';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

test('says what is compared, counts the seconds and offers Cancel', async () => {
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'performance'] });
  let cancelled = 0;
  render(<ProgressStatus startedAt={performance.now()} articles={3} characters={1_250_000} onCancel={() => (cancelled += 1)} />);
  expect(screen.getByRole('status').textContent).toBe('Comparing 3 articles (1.25 million characters)…');
  act(() => vi.advanceTimersByTime(6200));
  expect(screen.getByTestId('progress').textContent).toContain('6.2 s (long articles take a while');
  vi.useRealTimers();
  await userEvent.setup().click(screen.getByRole('button', { name: 'Cancel' }));
  expect(cancelled).toBe(1);
});
