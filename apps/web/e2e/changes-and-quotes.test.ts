import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FERRY_ARTICLES, buildFerryReport } from '../src/test-fixtures/changes-and-quotes.js';
import { checkAccessibility, serious } from './axe-check.js';
import { SCREENSHOT_DIR, hasChromium, launchBrowser, startAppServer } from './browser-harness.js';

// The engine does not fill `changes`, `quote` and the quote stats yet, so /v1/compare is
// answered here with the hand-made ferry report (its offsets point into the texts pasted
// below); everything else, the page, the build and the server, is the real one.
const { report } = buildFerryReport();

// Skipped only without a browser, as web-app.test.ts explains (it prints the reason).
describe.skipIf(!hasChromium)('changes and shared quotes in Chromium (hand-made report)', () => {
  let app: Awaited<ReturnType<typeof startAppServer>>;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    app = await startAppServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  async function openFerry(width: number, height: number): Promise<Page> {
    const page = await browser.context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.setViewportSize({ width, height });
    await page.route('**/v1/compare', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(report) }));
    await page.goto(app.server.url);
    for (const [i, article] of FERRY_ARTICLES.entries()) {
      const card = page.getByTestId(`article-${i + 1}`);
      await card.getByLabel('Outlet').fill(article.outlet!);
      await card.getByLabel(`Text of article ${i + 1}`).fill(article.sentences.join(' '));
    }
    await page.getByRole('button', { name: 'Compare articles' }).click();
    await page.getByRole('heading', { name: /What was reused/ }).waitFor();
    return page;
  }

  const marks = (page: Page, side: 'a' | 'b') => page.getByTestId(`match-side-${side}`).locator('mark').allInnerTexts();

  test('desktop: the match panel lists what changed and marks it on both sides', async () => {
    const page = await openFerry(1440, 900);
    await page.locator('[data-testid="column-2"] [data-sentence="0"]').click();
    const panel = page.getByTestId('match-panel');
    await panel.waitFor();
    // What a screen reader hears; the eye sees "25 → 50 per cent".
    const changes = panel.getByTestId('change-list').getByRole('button');
    expect(await changes.count()).toBe(2);
    expect(await changes.nth(1).getAttribute('aria-pressed')).toBe('false');
    await expect.poll(() => panel.getByRole('button', { name: 'words cut: on Monday', exact: true }).count()).toBe(1);
    const number = panel.getByRole('button', { name: 'number changed: 25 to 50 per cent', exact: true });
    expect((await number.locator('[aria-hidden="true"]').innerText()).trim()).toBe('→');
    await number.hover();
    expect(await marks(page, 'a')).toEqual(['25 per cent']);
    expect(await marks(page, 'b')).toEqual(['50 per cent']);
    expect(serious(await checkAccessibility(page))).toEqual([]);
    await page.getByRole('heading', { name: 'Sentence by sentence' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'desktop-1440x900-changes.png') });
    // Keyboard: Tab reaches the changes, focus marks them as hover does.
    await panel.getByRole('button', { name: /^attribution|^words cut/ }).first().focus();
    expect(await marks(page, 'a')).toEqual(['on Monday']);
    await page.close();
  });

  test('desktop: hiding shared quotes turns the quote-only sentences into added ones', async () => {
    const page = await openFerry(1440, 900);
    const bar = page.getByTestId('outlet-bar-2');
    expect(await bar.innerText()).toContain('Without shared quotes: 60% reused');
    expect(await page.locator('[data-testid="column-2"] [data-sentence="1"] .quote-tag').innerText()).toBe('Shared quote');
    await page.getByRole('heading', { name: 'What each article reused and added' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'desktop-1440x900-quotes-shown.png') });
    await page.getByRole('checkbox', { name: /Hide shared quotes/ }).check();
    await expect.poll(() => page.getByTestId('match-count').innerText()).toBe('Showing 3 of 4 matches');
    expect(await page.locator('[data-testid="column-2"] [data-sentence="1"]').getAttribute('data-kind')).toBe('added');
    expect(await bar.innerText()).toContain('60% reused (3 of 5 sentences');
    expect(serious(await checkAccessibility(page))).toEqual([]);
    await page.getByRole('heading', { name: 'What each article reused and added' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'desktop-1440x900-quotes-hidden.png') });
    await page.close();
  });

  test('mobile: changes in the bottom sheet, and quotes hidden', async () => {
    const page = await openFerry(390, 844);
    await page.locator('[data-testid="column-2"] [data-sentence="2"]').click();
    const panel = page.getByTestId('match-panel');
    await panel.waitFor();
    // A tap holds the highlight (there is no hover on a phone).
    await panel.getByRole('button', { name: /^attribution changed/ }).click();
    expect(await marks(page, 'b')).toEqual(['The harbour authority said']);
    await panel.getByRole('button', { name: /^attribution changed/ }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'mobile-390x844-changes.png') });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.keyboard.press('Escape');
    await page.getByRole('checkbox', { name: /Hide shared quotes/ }).check();
    await expect.poll(() => page.getByTestId('match-count').innerText()).toBe('Showing 3 of 4 matches');
    await page.getByRole('checkbox', { name: /Hide shared quotes/ }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'mobile-390x844-quotes-hidden.png') });
    await page.close();
  });

  test('no script errors on any page', () => {
    expect(pageErrors).toEqual([]);
  });
});
