import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, type ServerType } from '@hono/node-server';
import { openStore } from '@wirediff/archive';
import { createApp, type ApiLogger } from './app.js';
import { createCostModel } from './compare/cost-model.js';
import { calibrateCostModel, createWorkQueue } from './compare/work-queue.js';
import { createWorkerPool } from './compare/worker-pool.js';
import { readConfig, type ApiConfig } from './config.js';
import { ApiError } from './errors.js';
import { openAccessLog } from './middleware/access-log.js';
import { openSqliteStore } from './storage/sqlite-store.js';

/** A running server: its address and how to stop it cleanly. */
export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

const CALIBRATION_WAIT_MS = 5000;

const consoleLogger: ApiLogger = {
  error(message, details) {
    console.error(JSON.stringify({ level: 'error', time: new Date().toISOString(), message, ...details }));
  },
};

/**
 * Open storage (saved comparisons, and the archive at `config.archiveUrl`), start the worker
 * pool and listen; resolves once the port is bound.
 * @example const server = await startServer(readConfig(process.env)); console.log(server.url)
 */
export async function startServer(config: ApiConfig, options: { logger?: ApiLogger } = {}): Promise<RunningServer> {
  const store = openSqliteStore({ dataDir: config.dataDir });
  let archiveStore;
  try {
    archiveStore = await openStore(config.archiveUrl);
  } catch (error) {
    store.close();
    throw error;
  }
  const archive = { store: archiveStore, location: { url: config.archiveUrl } };
  const costModel = createCostModel();
  const queue = createWorkQueue({
    pool: createWorkerPool({ size: config.workers }),
    costModel,
    queueSeconds: config.limits.queueSeconds,
    timeBudgetMs: config.limits.compareTimeBudgetMs,
  });
  const logger = options.logger ?? consoleLogger;
  const calibrated = calibrateCostModel(queue, costModel).catch((error: unknown) => {
    // A server closed before its workers finished calibrating has nothing to learn.
    if (!(error instanceof ApiError && error.kind === 'server-busy')) logger.error('cost model calibration failed', { error: String(error) });
  });
  // Listen once the estimates fit this machine (a burst at start would otherwise be admitted by
  // the constants' machine), but never wait long for it: requests queue behind it anyway.
  let waited: NodeJS.Timeout | undefined;
  await Promise.race([calibrated, new Promise((resolve) => (waited = setTimeout(resolve, CALIBRATION_WAIT_MS)))]);
  clearTimeout(waited);
  const log = openAccessLog(config.accessLog);
  const app = createApp({ config, store, archive, queue, costModel, logger, ...(log.sink ? { accessLog: log.sink } : {}) });
  let server: ServerType;
  try {
    server = await new Promise<ServerType>((resolve, reject) => {
      const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => resolve(s));
      s.once('error', reject);
    });
  } catch (error) {
    // A port already in use must not leave the database open or workers running.
    await queue.close();
    await log.close();
    store.close();
    await archiveStore.close();
    throw error;
  }
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : config.port;
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host.includes(':') ? `[${config.host}]` : config.host;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${shownHost}:${port}`,
    port,
    close() {
      closing ??= (async () => {
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await queue.close();
        await log.close();
        store.close();
        await archiveStore.close();
      })();
      return closing;
    },
  };
}

// Run directly (`node dist/server.js`): read the environment, serve, stop on SIGINT/SIGTERM.
if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const running = await startServer(readConfig(process.env));
  console.log(`wirediff API listening on ${running.url} (docs: ${running.url}/docs)`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void running.close().then(() => process.exit(0)));
  }
}
