import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import type { ApiConfig } from './config.js';
import type { CompareRunner } from './compare/compare-task.js';
import { registerDocsRoutes } from './docs/docs-routes.js';
import { ApiError } from './errors.js';
import { requireApiKey } from './middleware/api-key-auth.js';
import { rateLimit } from './middleware/rate-limit.js';
import { registerComparisonRoutes } from './routes/comparison-routes.js';
import { registerCompareRoutes } from './routes/compare-routes.js';
import { ROUTES } from './routes/route-definitions.js';
import type { ComparisonStore } from './storage/comparison-store.js';
import { serveWebApp } from './web-static.js';

/** Where the app reports failures that are the server's fault. */
export interface ApiLogger {
  error(message: string, details: Record<string, unknown>): void;
}

/** Everything the app needs from outside; tests pass their own. */
export interface AppDeps {
  config: ApiConfig;
  store: ComparisonStore;
  runner: CompareRunner;
  logger?: ApiLogger;
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

function socketAddress(c: Context): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'local';
}

/**
 * Build the HTTP app: /v1 routes, /openapi.json, /docs (Swagger UI), /docs/problems and (when built) the web app.
 * @example const app = createApp({ config: readConfig({}), store, runner }); await app.request('/v1/health')
 */
export function createApp(deps: AppDeps): OpenAPIHono {
  const { config, store, runner } = deps;
  const now = deps.now ?? Date.now;
  const startedAt = now();
  const version = deps.version ?? '0.1.0';
  const app = new OpenAPIHono();

  app.use('*', secureHeaders({ contentSecurityPolicy: CONTENT_SECURITY_POLICY, crossOriginResourcePolicy: 'same-origin' }));
  if (config.corsOrigins.length > 0) {
    app.use('/v1/*', cors({ origin: config.corsOrigins, allowHeaders: ['Authorization', 'Content-Type'], allowMethods: ['GET', 'POST', 'DELETE'], exposeHeaders: ['Location', 'Retry-After', 'RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset'], maxAge: 600 }));
  }
  if (config.apiKeys.length > 0) app.use('/v1/*', requireApiKey({ keys: config.apiKeys }));
  if (config.limits.rateLimitPerMinute > 0) {
    const limiter = rateLimit({
      perMinute: config.limits.rateLimitPerMinute,
      now,
      clientKey: (c) => {
        const auth = c.req.header('authorization');
        return auth !== undefined && config.apiKeys.length > 0 ? `key:${auth}` : `ip:${socketAddress(c)}`;
      },
    });
    app.use('/v1/*', async (c, next) => (c.req.path === '/v1/health' ? next() : limiter(c, next)));
  }
  app.use(
    '/v1/*',
    bodyLimit({
      maxSize: config.limits.bodyBytes,
      onError: () => {
        // The rest of the body is never read, so the connection cannot carry another request.
        throw new ApiError('too-large', `The request body is over the limit of ${config.limits.bodyBytes} bytes.`, { headers: { Connection: 'close' } });
      },
    }),
  );

  for (const route of Object.values(ROUTES)) app.openAPIRegistry.registerPath(route);
  app.openAPIRegistry.registerComponent('securitySchemes', 'apiKey', {
    type: 'http',
    scheme: 'bearer',
    description: 'Needed on every /v1 route when the server sets WIREDIFF_API_KEYS; otherwise send nothing.',
  });

  registerCompareRoutes(app, { limits: config.limits, runner });
  registerComparisonRoutes(app, { limits: config.limits, runner, store });

  app.get('/v1/health', (c) => c.json({ status: 'ok' as const, version, uptimeSeconds: (now() - startedAt) / 1000, workers: runner.stats() }, 200));

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
    if (error instanceof HTTPException && error.status < 500) {
      return problemResponse(c, new ApiError(error.status === 413 ? 'too-large' : 'bad-request', error.message || 'Bad request.'));
    }
    deps.logger?.error('unhandled error', { method: c.req.method, path: c.req.path, error: error instanceof Error ? error.stack ?? error.message : String(error) });
    return problemResponse(c, new ApiError('internal', 'Something went wrong on the server; it has been logged.'));
  });

  return app;
}

/** Methods registered for a path, ignoring middleware and the web app's catch-all. */
function allowedMethods(app: OpenAPIHono, path: string): string[] {
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
