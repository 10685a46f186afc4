import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import type { HealthResponse } from './api-types.js';
import type { ApiConfig } from './config.js';
import type { CostModel } from './compare/cost-model.js';
import { ClientGoneError, type WorkQueue } from './compare/work-queue.js';
import { registerDocsRoutes } from './docs/docs-routes.js';
import { ApiError } from './errors.js';
import { createClientAddressResolver } from './http/client-address.js';
import { requestHeader, socketAddress } from './http/node-request.js';
import { accessLog, type AccessLogSink } from './middleware/access-log.js';
import { apiKeyScope } from './middleware/api-key-auth.js';
import { rateLimit } from './middleware/rate-limit.js';
import { registerArchiveRoutes, type ArchiveDeps } from './routes/archive-routes.js';
import { registerComparisonRoutes } from './routes/comparison-routes.js';
import { registerCompareRoutes } from './routes/compare-routes.js';
import { registerRoute } from './routes/register-route.js';
import { ROUTES } from './routes/route-definitions.js';
import type { AppEnv, Scope } from './scope.js';
import type { ComparisonStore } from './storage/comparison-store.js';
import { validationError } from './validate.js';
import { serveWebApp } from './web-static.js';

/** Where the app reports failures that are the server's fault. */
export interface ApiLogger {
  error(message: string, details: Record<string, unknown>): void;
}

/** Everything the app needs from outside; tests pass their own. */
export interface AppDeps {
  config: ApiConfig;
  store: ComparisonStore;
  /** The archive (/v1/archive/…): the store the server opened, and where the workers open it for source search and dedup. */
  archive: ArchiveDeps;
  /** Admission and scheduling of the work that runs on the worker threads. */
  queue: WorkQueue;
  /** Estimates each request's work from its size (shared with the queue, which teaches it). */
  costModel: CostModel;
  logger?: ApiLogger;
  /** Receives one entry per request (the access log); none when absent. */
  accessLog?: AccessLogSink;
  /** Milliseconds clock (rate limiting, uptime). */
  now?: () => number;
  version?: string;
}

/**
 * The Content-Security-Policy of every response: fits a Vite React build and Swagger UI on /docs
 * (scripts only from this origin; inline styles and data: images, which both use).
 * @example secureHeaders({ contentSecurityPolicy: CONTENT_SECURITY_POLICY })
 */
export const CONTENT_SECURITY_POLICY: Record<string, string[]> = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  connectSrc: ["'self'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  objectSrc: ["'none'"],
  frameAncestors: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
};

const PROBLEM_JSON = 'application/problem+json';
const ROUTE_PARAM = /\{[^}]+\}|:[^/]+/g;
// Paths the web app's SPA fallback must never answer.
const API_PATH = /^\/(v1|openapi\.json|docs)(\/|$)/;

function problemResponse(c: Context, error: ApiError): Response {
  return c.body(JSON.stringify(error.toProblem()), error.status as 400, { 'Content-Type': PROBLEM_JSON, ...error.headers });
}

// Health reads no saved data and must answer a load balancer that has no key.
const isPublic = (path: string): boolean => path === '/v1/health';

/**
 * Build the HTTP app: /v1 routes, /openapi.json, /docs (Swagger UI), /docs/problems and (when built) the web app.
 * @example const app = createApp({ config: readConfig({}), store, archive, queue, costModel }); await app.request('/v1/health')
 */
export function createApp(deps: AppDeps): OpenAPIHono<AppEnv> {
  const { config, store, queue, costModel } = deps;
  const now = deps.now ?? Date.now;
  const startedAt = now();
  const version = deps.version ?? '0.1.0';
  const app = new OpenAPIHono<AppEnv>({
    // Query and path parameters that zod-openapi validates fail in the API's one problem shape.
    defaultHook: (result) => {
      if (!result.success) throw validationError(result.error.issues, result.target === 'query' ? 'query' : 'path');
    },
  });
  const clientAddressOf = createClientAddressResolver(config.trustedProxies);

  app.use('*', async (c, next) => {
    c.set('clientAddress', clientAddressOf(socketAddress(c), (name) => requestHeader(c, name)));
    await next();
  });
  if (deps.accessLog !== undefined) app.use('*', accessLog({ sink: deps.accessLog }));
  app.use('*', secureHeaders({ contentSecurityPolicy: CONTENT_SECURITY_POLICY, crossOriginResourcePolicy: 'same-origin' }));
  if (config.corsOrigins.length > 0) {
    app.use('/v1/*', cors({ origin: config.corsOrigins, allowHeaders: ['Authorization', 'Content-Type'], allowMethods: ['GET', 'POST', 'DELETE'], exposeHeaders: ['Location', 'Retry-After', 'RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset'], maxAge: 600 }));
  }
  app.use('/v1/*', apiKeyScope({ keys: config.apiKeys, isPublic }));
  if (config.limits.rateLimitPerMinute > 0) {
    const limiter = rateLimit({
      perMinute: config.limits.rateLimitPerMinute,
      now,
      clientKey: (c) => {
        const keyId = (c.get('scope') as Scope | undefined)?.keyId;
        return keyId !== null && keyId !== undefined ? `key:${keyId}` : `ip:${c.get('clientAddress') as string}`;
      },
    });
    app.use('/v1/*', async (c, next) => (isPublic(c.req.path) ? next() : limiter(c, next)));
  }

  app.openAPIRegistry.registerComponent('securitySchemes', 'apiKey', {
    type: 'http',
    scheme: 'bearer',
    description: 'Needed on every /v1 route except /v1/health when the server sets WIREDIFF_API_KEYS; otherwise send nothing.',
  });

  const work = { limits: config.limits, queue, costModel };
  registerCompareRoutes(app, work);
  registerComparisonRoutes(app, { ...work, store });
  registerArchiveRoutes(app, work, deps.archive);

  // Answered from counters on the main thread: it never waits for a worker.
  const health = (): HealthResponse => {
    const stats = queue.stats();
    return {
      status: 'ok',
      version,
      uptimeSeconds: (now() - startedAt) / 1000,
      authRequired: config.apiKeys.length > 0,
      workers: { workers: stats.workers, busy: stats.running, queued: stats.waiting },
      queue: {
        admitted: stats.admitted,
        workSeconds: round3(stats.workMs / 1000),
        expectedWaitSeconds: round3(stats.expectedWaitMs / 1000),
        limitSeconds: stats.limitMs / 1000,
      },
    };
  };
  registerRoute(app, ROUTES.health, (c) => c.json(health(), 200));

  const info = {
    title: 'wirediff API',
    version,
    description:
      "Shows, sentence by sentence, how news articles reuse each other's text.\n\n" +
      'Every error is `application/problem+json`; its `type` links to an entry of [the problem types](/docs/problems) (`/docs/problems#problem-<kind>`).',
  };
  // Either the key or nothing: the server decides whether keys are required.
  app.doc31('/openapi.json', { openapi: '3.1.0', info, servers: [{ url: '/' }], security: [{ apiKey: [] }, {}] });
  registerDocsRoutes(app, { info });

  if (config.webDir !== null) app.get('*', serveWebApp({ root: config.webDir, exclude: API_PATH }));

  app.notFound((c) => {
    const allowed = allowedMethods(app, c.req.path);
    if (allowed.length > 0) {
      return problemResponse(c, new ApiError('method-not-allowed', `${c.req.method} is not allowed on ${c.req.path}; use ${allowed.join(', ')}.`, { headers: { Allow: allowed.join(', ') } }));
    }
    return problemResponse(c, new ApiError('not-found', `Nothing is at ${c.req.path}.`));
  });

  app.onError((error, c) => {
    if (error instanceof ApiError) return problemResponse(c, error);
    // Nobody will read this answer; 499 (nginx's "client closed request") marks it in the access log.
    if (error instanceof ClientGoneError) return c.body(null, 499 as 400);
    if (error instanceof HTTPException && error.status < 500) {
      const kind = error.status === 413 ? 'too-large' : error.status === 415 ? 'unsupported-type' : 'bad-request';
      return problemResponse(c, new ApiError(kind, error.message || 'Bad request.'));
    }
    deps.logger?.error('unhandled error', { method: c.req.method, path: c.req.path, error: error instanceof Error ? error.stack ?? error.message : String(error) });
    return problemResponse(c, new ApiError('internal', 'Something went wrong on the server; it has been logged.'));
  });

  return app;
}

const round3 = (value: number): number => Math.round(value * 1000) / 1000;

/** Methods registered for a path, ignoring middleware and the web app's catch-all. */
function allowedMethods(app: OpenAPIHono<AppEnv>, path: string): string[] {
  const methods = new Set<string>();
  for (const route of app.routes) {
    if (route.method === 'ALL' || route.path.includes('*')) continue;
    const pattern = new RegExp(`^${route.path.replace(ROUTE_PARAM, '[^/]+')}/?$`);
    if (pattern.test(path)) {
      methods.add(route.method);
      if (route.method === 'GET') methods.add('HEAD');
    }
  }
  return [...methods].sort();
}
