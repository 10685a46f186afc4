import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore as openArchiveFile, type ArchiveStore } from '@wirediff/archive';
import { createApp, type ApiLogger } from '../../src/app.js';
import { createCostModel } from '../../src/compare/cost-model.js';
import { createWorkQueue, type WorkQueue } from '../../src/compare/work-queue.js';
import { createWorkerPool } from '../../src/compare/worker-pool.js';
import { readConfig, type ApiConfig } from '../../src/config.js';
import type { AccessLogEntry } from '../../src/middleware/access-log.js';
import { openSqliteStore } from '../../src/storage/sqlite-store.js';

/** A real app (SQLite in a temp folder, a real worker pool) plus what tests need to inspect it. */
export interface TestApp {
  app: ReturnType<typeof createApp>;
  config: ApiConfig;
  queue: WorkQueue;
  archive: ArchiveStore;
  logged: Array<{ message: string; details: Record<string, unknown> }>;
  /** The access log's entries (collected only when `options.accessLog` is set). */
  accessLog: AccessLogEntry[];
  close(): Promise<void>;
}

/** Build an app from environment-style settings, e.g. { WIREDIFF_API_KEYS: 'k' }. */
export function createTestApp(
  env: Record<string, string> = {},
  options: { now?: () => number; queue?: WorkQueue; accessLog?: boolean } = {},
): TestApp {
  const dataDir = mkdtempSync(join(tmpdir(), 'wirediff-api-test-'));
  const config = readConfig({ WIREDIFF_WEB_DIR: 'none', WIREDIFF_RATE_LIMIT_PER_MINUTE: '0', ...env, WIREDIFF_DATA_DIR: dataDir });
  const store = openSqliteStore({ dataDir });
  // The archive: a SQLite file in the data folder (the socket tests run PostgreSQL through WIREDIFF_DATABASE_URL).
  const archive = openArchiveFile(config.archiveUrl);
  const location = { url: config.archiveUrl };
  const costModel = createCostModel();
  const queue =
    options.queue ??
    createWorkQueue({ pool: createWorkerPool({ size: 2 }), costModel, queueSeconds: config.limits.queueSeconds, timeBudgetMs: config.limits.compareTimeBudgetMs });
  const logged: TestApp['logged'] = [];
  const accessLog: AccessLogEntry[] = [];
  const logger: ApiLogger = { error: (message, details) => logged.push({ message, details }) };
  const app = createApp({
    config,
    store,
    archive: { store: archive, location },
    queue,
    costModel,
    logger,
    ...(options.now ? { now: options.now } : {}),
    ...(options.accessLog ? { accessLog: (entry: AccessLogEntry) => void accessLog.push(entry) } : {}),
  });
  return {
    app,
    config,
    queue,
    archive,
    logged,
    accessLog,
    async close() {
      if (!options.queue) await queue.close();
      store.close();
      await archive.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Two short articles that share most of a sentence, written for these tests. */
export const ARTICLE_A =
  'Officials from both countries met in Geneva on Monday to discuss a new trade agreement. ' +
  'The talks lasted six hours and ended without a joint statement. ' +
  'A second round is planned for June, a spokesman said.';
export const ARTICLE_B =
  'Officials from both countries met in Geneva on Monday to discuss a new trade deal. ' +
  'Local farmers protested outside the building during the meeting. ' +
  'A second round of talks is planned for June, the spokesman added.';

/** A JSON POST request init. */
export function postJson(body: unknown, headers: Record<string, string> = {}): RequestInit {
  return { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) };
}
