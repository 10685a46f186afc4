import type { OpenAPIHono, RouteConfig } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppEnv } from '../scope.js';

/** A route's handler: it may answer with any response its description lists. */
export type RouteHandler = (c: Context<AppEnv>) => Response | Promise<Response>;

/**
 * Register a route's handler and its OpenAPI description in one call, from one description, so
 * the document cannot list a route that is not served or miss one that is. Query and path
 * parameters are validated here by zod-openapi (a failure is our 400 problem, see app.ts's
 * defaultHook). A request body is documented but not parsed here: compare and extract bodies
 * are moved as bytes to a worker thread and parsed and validated there, against the same
 * schemas, so the event loop never parses a 5 MB document.
 * @example registerRoute(app, ROUTES.health, (c) => c.json(health(), 200))
 */
export function registerRoute(app: OpenAPIHono<AppEnv>, route: RouteConfig, handler: RouteHandler): void {
  const { body, ...request } = route.request ?? {};
  if (body === undefined) {
    app.openapi(route, handler as never);
    return;
  }
  app.openAPIRegistry.registerPath(route);
  app.openapi({ ...route, request, hide: true }, handler as never);
}
