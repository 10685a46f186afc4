import { join } from 'node:path';
import type { ArchiveAddResponse } from '@wirediff/api/types';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ARCHIVE_ARTICLES, BRIDGE_LOCAL, BRIDGE_POST, BRIDGE_TIMES, BRIDGE_WIRE, DETOUR_LETTERS } from '../src/test-fixtures/archive-articles.js';
import { checkAccessibility, serious } from './axe-check.js';
import { type AppSession, SCREENSHOT_DIR, hasChromium, openAppSession } from './browser-harness.js';

// Find sources and Feed against the real archive routes: articles written for the tests are
// added through the API (POST /v1/archive/documents), then searched and clustered by the engine.
// Skipped only without a browser, as web-app.test.ts explains (it prints the reason).
describe.skipIf(!hasChromium)('archive pages in Chromium, served by the API', () => {
  let session: AppSession;
  let page: Page;
  let base: string;
  let pageErrors: string[];

  beforeAll(async () => {
    session = await openAppSession();
    ({ page, base, pageErrors } = session);
  });

  afterAll(async () => {
    await session?.close();
  });

  test('the pages say the archive is empty before anything is added', async () => {
    await page.goto(`${base}/feed`);
    await page.getByRole('heading', { level: 2, name: 'Feed' }).waitFor();
    expect(await page.getByTestId('archive-empty').innerText()).toContain('The archive is empty: add articles with npx wirediff archive add');
    expect(serious(await checkAccessibility(page))).toEqual([]);

    await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Find sources' }).click();
    await page.getByLabel('Text of your article').fill(BRIDGE_LOCAL.text);
    await page.getByRole('button', { name: 'Search the archive' }).click();
    expect(await page.getByTestId('archive-empty').innerText()).toContain('The archive is empty');
  });

  test('articles added through the API are in the archive', async () => {
    const response = await fetch(`${base}/v1/archive/documents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ documents: ARCHIVE_ARTICLES }),
    });
    expect(response.status).toBe(200);
    const added = (await response.json()) as ArchiveAddResponse;
    expect(added).toMatchObject({ received: ARCHIVE_ARTICLES.length, added: ARCHIVE_ARTICLES.length });
  });

  test('Find sources ranks the wire story first, marks the unverified hit, and is axe clean', async () => {
    await page.goto(`${base}/sources`);
    await page.getByLabel('Text of your article').fill(BRIDGE_LOCAL.text);
    await page.getByLabel('Outlet').fill(BRIDGE_LOCAL.outlet);
    await page.getByLabel('Title').fill(BRIDGE_LOCAL.title);
    await page.getByLabel('Published').fill('2026-05-12T15:00');
    await page.getByRole('button', { name: 'Search the archive' }).click();
    await page.getByRole('heading', { name: /articles share text with yours/ }).waitFor();

    const first = page.getByTestId('hit-1');
    expect(await first.getByRole('heading', { level: 3 }).innerText()).toBe(BRIDGE_WIRE.title);
    const firstText = await first.innerText();
    expect(firstText).toContain(BRIDGE_WIRE.id);
    expect(firstText).toContain('Published before your article: it may be the source.');
    expect(firstText).toMatch(/Of your article, found in this one\s+\d+% reused/);
    expect(await first.getByTestId('hit-1-kinds').innerText()).toMatch(/^\d+ matches:\s+VERBATIM \d+/i);
    const titles = await page.locator('.hit h3').allInnerTexts();
    expect(titles.slice(0, 3).sort()).toEqual([BRIDGE_WIRE.title, BRIDGE_POST.title, BRIDGE_TIMES.title].sort());
    // Only the best three are verified: the letters page, which shares one sentence, is not.
    const letters = page.locator('.hit', { hasText: DETOUR_LETTERS.title! });
    expect(await letters.innerText()).toMatch(/Not verified/i);
    expect(await letters.innerText()).toContain('Published after your article');
    expect(titles).not.toContain('Youth orchestra wins European prize');

    expect(serious(await checkAccessibility(page))).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'sources-1440x900.png'), fullPage: true });
  });

  test('Open side by side shows the comparison of the article against the wire story', async () => {
    await page.getByTestId('hit-1').getByRole('button', { name: 'Open side by side' }).click();
    await page.getByRole('heading', { name: /What was reused/ }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await page.getByTestId('outlet-bar-1').innerText()).toContain(BRIDGE_LOCAL.outlet);
    expect(await page.getByTestId('outlet-bar-2').innerText()).toContain('Northwire');
    expect(await page.getByTestId('outlet-bar-2').innerText()).toContain('Published first');
    expect(await page.locator('[data-testid="column-1"] [data-kind]').count()).toBeGreaterThan(0);
    expect(serious(await checkAccessibility(page))).toEqual([]);
  });

  test('the Feed shows the bridge cluster on the latest day, and opens it side by side', async () => {
    await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Feed' }).click();
    await page.getByRole('heading', { name: /^1 cluster, 2026-05-12$/ }).waitFor();
    expect(await page.getByLabel('From', { exact: true }).inputValue()).toBe('2026-05-12');
    expect(await page.getByTestId('feed-counts').innerText()).toMatch(/^5 articles in the window, \d+ candidate pairs? from shared anchors/);
    const cluster = page.getByTestId('cluster-1');
    expect(await cluster.getByRole('heading', { level: 3 }).innerText()).toBe(BRIDGE_WIRE.title);
    expect(await cluster.locator('.cluster__count').innerText()).toBe('3 articles');
    const members = await cluster.locator('tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-member')));
    expect(members).toEqual([BRIDGE_WIRE.id, BRIDGE_POST.id, BRIDGE_TIMES.id]);
    expect(await cluster.locator('tbody tr').first().innerText()).toContain('the origin');
    expect(serious(await checkAccessibility(page))).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'feed-1440x900.png'), fullPage: true });

    await cluster.getByRole('button', { name: 'Open side by side' }).click();
    // The previous comparison stays on the page until this one is back: wait for the new one.
    await expect.poll(() => page.locator('[data-testid^="outlet-bar-"] .outlet-bar__name').allInnerTexts()).toEqual([BRIDGE_WIRE.outlet, BRIDGE_POST.outlet, BRIDGE_TIMES.outlet]);
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await page.getByTestId('outlet-bar-1').innerText()).toContain('Published first');
    await page.locator('#report-heading').evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'feed-side-by-side-1440x900.png') });
  });

  test('another window of days: the day before has no cluster', async () => {
    await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Feed' }).click();
    // The page kept its state while the comparison was shown.
    await page.getByRole('heading', { name: /^1 cluster, 2026-05-12$/ }).waitFor();
    await page.getByLabel('From', { exact: true }).fill('2026-05-11');
    await page.getByLabel('To', { exact: true }).fill('2026-05-11');
    await page.getByRole('button', { name: 'Show clusters' }).click();
    await page.getByRole('heading', { name: 'No clusters, 2026-05-11' }).waitFor();
    expect(await page.getByTestId('feed-empty').innerText()).toBe('No two articles on these days share text: every one is its own.');
    expect(pageErrors).toEqual([]);
  });
});
