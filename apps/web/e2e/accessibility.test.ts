import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
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
  });
});
