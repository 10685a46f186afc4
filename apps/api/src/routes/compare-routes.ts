import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../scope.js';
import { runCompareRequest, runExtractRequest, type WorkDeps } from './admitted-work.js';
import { registerRoute } from './register-route.js';
import { ROUTES } from './route-definitions.js';

const JSON_TYPE = { 'Content-Type': 'application/json' };

/**
 * POST /v1/compare and POST /v1/extract: nothing stored. The response body comes from the
 * worker already serialised and UTF-8 encoded, and is written as it is.
 * @example registerCompareRoutes(app, { limits: config.limits, queue, costModel })
 */
export function registerCompareRoutes(app: OpenAPIHono<AppEnv>, deps: WorkDeps): void {
  registerRoute(app, ROUTES.compare, async (c) => c.body((await runCompareRequest(c, deps, 'response')).body as Uint8Array<ArrayBuffer>, 200, JSON_TYPE));
  registerRoute(app, ROUTES.extract, async (c) => c.body((await runExtractRequest(c, deps)).body as Uint8Array<ArrayBuffer>, 200, JSON_TYPE));
}
