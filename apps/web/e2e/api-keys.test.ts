import { join } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkAccessibility, serious } from './axe-check.js';
import { type AppSession, SCREENSHOT_DIR, hasChromium, openAppSession } from './browser-harness.js';

const KEY = 'e2e-key-7f3a9c';

// Skipped only without a browser, as web-app.test.ts explains (it prints the reason).
describe.skipIf(!hasChromium)('web app in Chromium against a server with WIREDIFF_API_KEYS', () => {
  let session: AppSession;
  let page: Page;
  let base: string;
  let pageErrors: string[];
  const apiCalls: Array<{ path: string; authorization: string | null }> = [];
  const record = (request: Request): void => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/v1/')) apiCalls.push({ path: `${request.method()} ${pathname}`, authorization: request.headers()['authorization'] ?? null });
  };

  beforeAll(async () => {
    session = await openAppSession({ env: { WIREDIFF_API_KEYS: `other-key,${KEY}` } });
    ({ page, base, pageErrors } = session);
    page.on('request', record);
  });

  afterAll(async () => {
    await session?.close();
  });

  const prompt = () => page.getByRole('dialog', { name: 'This server needs an API key' });

  test('the page asks for the key when the server answers 401', async () => {
    await page.goto(base);
    await page.getByRole('button', { name: 'Try an example' }).click();
    await page.getByRole('button', { name: 'Compare articles' }).click();
    await prompt().waitFor();
    // The field has the focus, so the key can be pasted at once.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('api-key');
    expect(apiCalls).toEqual([{ path: 'POST /v1/compare', authorization: null }]);
    expect(await page.getByTestId('progress').getByRole('status').innerText()).toMatch(/^Waiting for the API key before comparing 2 articles/);
    expect(serious(await checkAccessibility(page, { include: '[data-testid="api-key-dialog"]' }))).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'desktop-1440x900-key-dialog.png') });
  });

  test('a wrong key is refused in words, in the dialog', async () => {
    await prompt().getByLabel('API key').fill('wrong-key');
    await prompt().getByRole('button', { name: 'Use this key' }).click();
    await expect.poll(() => prompt().getByRole('alert').innerText()).toContain('did not accept this key');
    expect(await prompt().getByLabel('API key').getAttribute('aria-invalid')).toBe('true');
    expect(apiCalls.at(-1)).toEqual({ path: 'POST /v1/compare', authorization: 'Bearer wrong-key' });
    expect(serious(await checkAccessibility(page, { include: '[data-testid="api-key-dialog"]' }))).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'desktop-1440x900-key-dialog-refused.png') });
  });

  test('the right key compares, and saving sends it without asking', async () => {
    await prompt().getByLabel('API key').fill(KEY);
    await prompt().getByLabel('API key').press('Enter');
    await page.getByRole('heading', { name: /What was reused/ }).waitFor();
    expect(await prompt().count()).toBe(0);
    expect(await page.getByTestId('api-key-status').innerText()).toContain('Using an API key');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'desktop-1440x900-key-in-use.png') });
    await page.getByRole('button', { name: /Save and get a link/ }).click();
    const href = await page.getByTestId('permalink').getAttribute('href');
    expect(href).toMatch(/^\/c\/[A-Za-z0-9_-]{10,}$/);
    expect(apiCalls.slice(-2)).toEqual([
      { path: 'POST /v1/compare', authorization: `Bearer ${KEY}` },
      { path: 'POST /v1/comparisons', authorization: `Bearer ${KEY}` },
    ]);
    expect(await page.evaluate(() => window.sessionStorage.getItem('wirediff.apiKey'))).toBe(KEY);
  });

  test('a new tab has its own session: it asks again before opening the permalink', async () => {
    const href = await page.getByTestId('permalink').getAttribute('href');
    const other = await session.context.newPage();
    other.on('pageerror', (error) => pageErrors.push(error.message));
    await other.goto(base + href!);
    const otherPrompt = other.getByRole('dialog', { name: 'This server needs an API key' });
    await otherPrompt.waitFor();
    await otherPrompt.getByLabel('API key').fill(KEY);
    await otherPrompt.getByRole('button', { name: 'Use this key' }).click();
    await other.getByRole('heading', { name: /What was reused/ }).waitFor();
    expect(await other.getByLabel('Text of article 2').inputValue()).toContain('Lakeport');
    await other.close();
  });

  test('Esc closes the prompt and the page says what is missing; forgetting the key asks again', async () => {
    await page.getByRole('button', { name: 'Forget the key' }).click();
    expect(await page.getByTestId('api-key-status').count()).toBe(0);
    expect(await page.evaluate(() => window.sessionStorage.getItem('wirediff.apiKey'))).toBeNull();
    await page.getByRole('button', { name: 'Compare articles' }).click();
    await prompt().waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => prompt().count()).toBe(0);
    await expect.poll(() => page.getByTestId('form-errors').innerText()).toContain('this server needs an API key');
    // Focus goes back to where it was, the Compare button.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Compare articles');
  });

  test('mobile: the prompt fits a 390 px screen', async () => {
    const phone = await session.context.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.goto(base);
    await phone.getByRole('button', { name: 'Try an example' }).click();
    await phone.getByRole('button', { name: 'Compare articles' }).click();
    const phonePrompt = phone.getByRole('dialog', { name: 'This server needs an API key' });
    await phonePrompt.waitFor();
    const box = await phonePrompt.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    await phone.screenshot({ path: join(SCREENSHOT_DIR, 'mobile-390x844-key-dialog.png') });
    await phone.close();
  });

  test('no script errors on any page', () => {
    expect(pageErrors).toEqual([]);
  });
});
