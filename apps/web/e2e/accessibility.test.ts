import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { EXAMPLE_ARTICLES } from '../src/features/example/example-articles.js';
import { checkAccessibility, serious } from './axe-check.js';
import { hasChromium, launchBrowser, startAppServer } from './browser-harness.js';

// Skipped only without a browser, as web-app.test.ts explains (it prints the reason).
describe.skipIf(!hasChromium)('accessibility in Chromium: axe WCAG 2.1 AA and the keyboard', () => {
  let app: Awaited<ReturnType<typeof startAppServer>>;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let page: Page;

  beforeAll(async () => {
    app = await startAppServer();
    browser = await launchBrowser();
    page = await browser.context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  test('the start page has no serious or critical violations', async () => {
    await page.goto(app.server.url);
    await page.getByRole('heading', { name: /Add the articles/ }).waitFor();
    expect(serious(await checkAccessibility(page))).toEqual([]);
  });

  test('the result page has no serious or critical violations', async () => {
    await page.getByRole('button', { name: 'Try an example' }).click();
    await page.getByRole('button', { name: 'Compare articles' }).click();
    await page.getByRole('heading', { name: /What was reused/ }).waitFor();
    expect(serious(await checkAccessibility(page))).toEqual([]);
  });

  test('the pinned match panel has no serious or critical violations', async () => {
    await page.locator('[data-testid="column-2"] [data-kind="edited"]').first().click();
    await page.getByTestId('match-panel').waitFor();
    expect(serious(await checkAccessibility(page))).toEqual([]);
    expect(serious(await checkAccessibility(page, { include: '[data-testid="match-panel"]' }))).toEqual([]);
  });

  test('Find sources and Feed have no serious or critical violations (results: archive-pages.test.ts)', async () => {
    await page.goto(`${app.server.url}/sources`);
    await page.getByRole('heading', { level: 2, name: 'Find sources' }).waitFor();
    expect(serious(await checkAccessibility(page))).toEqual([]);
    await page.goto(`${app.server.url}/feed`);
    await page.getByTestId('archive-empty').waitFor();
    expect(serious(await checkAccessibility(page))).toEqual([]);
  });

  // Press Tab until the focused element matches `selector` (a page has well under `limit` stops to it).
  async function tabTo(what: string, selector: string, limit = 80): Promise<void> {
    for (let i = 0; i < limit; i += 1) {
      await page.keyboard.press('Tab');
      if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)) return;
    }
    throw new Error(`Tab never reached ${what}`);
  }

  const panelText = () => page.getByTestId('match-panel').innerText();

  test('keyboard alone: paste, compare, step with n/j p/k, pin with Enter, Esc', async () => {
    await page.goto(app.server.url);
    await page.getByRole('heading', { name: /Add the articles/ }).waitFor();
    await tabTo('the first text field', '[data-testid="article-1"] textarea');
    await page.keyboard.insertText(EXAMPLE_ARTICLES[0]!.text);
    await tabTo('the second text field', '[data-testid="article-2"] textarea');
    await page.keyboard.insertText(EXAMPLE_ARTICLES[1]!.text);
    await tabTo('the Compare button', 'button[type="submit"]');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /What was reused/ }).waitFor();
    // The Compare button keeps the focus while the comparison runs (it is aria-disabled, not disabled).
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Compare articles');

    await page.keyboard.press('n');
    await expect.poll(panelText).toMatch(/Match 1 of \d+/);
    await page.keyboard.press('j');
    await expect.poll(panelText).toMatch(/Match 2 of \d+/);
    await page.keyboard.press('k');
    await expect.poll(panelText).toMatch(/Match 1 of \d+/);
    await page.keyboard.press('p');
    const total = Number(/Match (\d+) of (\d+)/.exec(await panelText())![2]);
    expect(await panelText()).toContain(`Match ${total} of ${total}`);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('match-panel').count()).toBe(0);

    // Tab lands on marked sentences; Enter pins one and the panel takes the focus; Esc clears.
    await tabTo('a marked sentence', '[data-sentence][role="button"]');
    const focused = await page.evaluate(() => document.activeElement?.querySelector('.sentence__text')?.textContent);
    await page.keyboard.press('Enter');
    await page.getByTestId('match-panel').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('match-panel-heading');
    const sides = [await page.getByTestId('match-side-a').innerText(), await page.getByTestId('match-side-b').innerText()];
    expect(sides).toContain(focused);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('match-panel').count()).toBe(0);
  });

  test('keyboard alone: the navigation to Find sources, paste, search', async () => {
    await page.goto(app.server.url);
    await page.getByRole('heading', { name: /Add the articles/ }).waitFor();
    await tabTo('the Find sources link', 'nav a[href="/sources"]');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Find sources' }).waitFor();
    await tabTo('the text field', 'textarea');
    await page.keyboard.insertText(EXAMPLE_ARTICLES[1]!.text);
    await tabTo('the Search button', 'button[type="submit"]');
    await page.keyboard.press('Enter');
    // This server's archive is empty, and the page says so.
    await page.getByTestId('archive-empty').waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Search the archive');
  });
});
