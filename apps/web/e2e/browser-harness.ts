import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type RunningServer, readConfig, startServer } from '@wirediff/api';
import { type BrowserContext, type Page, chromium } from 'playwright-core';

/** Where Debian puts Chromium; `.ci/run` installs it when missing. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM_PATH);

export const WEB_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const WEB_DIST = join(WEB_ROOT, 'dist');
export const SCREENSHOT_DIR = join(WEB_ROOT, 'test-results', 'screenshots');

/** The document limit the test server runs with, so the oversize case stays small. */
export const TEST_DOCUMENT_CHARS = 50_000;

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** The API serving the production build, on a free port, with a throwaway data folder; `env` adds settings (API keys). */
export async function startAppServer(options: { env?: Record<string, string> } = {}): Promise<{ server: RunningServer; close: () => Promise<void> }> {
  if (!existsSync(join(WEB_DIST, 'index.html'))) {
    // `npm test` builds first; building here keeps a lone `vitest --project web-e2e` honest.
    const { build } = await import('vite');
    await build({ root: WEB_ROOT, configFile: join(WEB_ROOT, 'vite.config.ts'), logLevel: 'warn' });
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'wirediff-e2e-data-'));
  const config = readConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    WIREDIFF_DATA_DIR: dataDir,
    WIREDIFF_WEB_DIR: WEB_DIST,
    WIREDIFF_MAX_DOCUMENT_CHARS: String(TEST_DOCUMENT_CHARS),
    WIREDIFF_RATE_LIMIT_PER_MINUTE: '0',
    WIREDIFF_WORKERS: '1',
    ...options.env,
  });
  const server = await startServer(config);
  return {
    server,
    close: async () => {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Chromium with a fresh profile that is deleted on close. */
export async function launchBrowser(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'wirediff-chromium-'));
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The app served on a free port with a browser on it, for one test file. */
export interface AppSession {
  /** The server's address (`http://127.0.0.1:port`). */
  base: string;
  context: BrowserContext;
  /** An open page; its uncaught errors collect in `pageErrors`. */
  page: Page;
  pageErrors: string[];
  close: () => Promise<void>;
}

/**
 * Start the app's server and Chromium and open a page watched for uncaught errors; `close`
 * stops both (what each browser test file's beforeAll and afterAll did for itself).
 * @example beforeAll(async () => { session = await openAppSession(); }); afterAll(() => session?.close());
 */
export async function openAppSession(options: { env?: Record<string, string> } = {}): Promise<AppSession> {
  const app = await startAppServer(options);
  let browser: Awaited<ReturnType<typeof launchBrowser>> | undefined;
  let page: Page;
  try {
    browser = await launchBrowser();
    page = await browser.context.newPage();
  } catch (error) {
    // No session to close yet: nothing started here may outlive the failure.
    await browser?.close();
    await app.close();
    throw error;
  }
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return {
    base: app.server.url,
    context: browser.context,
    page,
    pageErrors,
    close: async () => {
      await browser.close();
      await app.close();
    },
  };
}
