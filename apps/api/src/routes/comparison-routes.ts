import type { OpenAPIHono } from '@hono/zod-openapi';
import { ApiError } from '../errors.js';
import { isComparisonId } from '../ids.js';
import { ListQuerySchema } from '../schemas.js';
import { scopeOf, type AppEnv } from '../scope.js';
import type { ComparisonStore } from '../storage/comparison-store.js';
import { validateWith } from '../validate.js';
import { runCompareRequest, type WorkDeps } from './admitted-work.js';
import { registerRoute } from './register-route.js';
import { ROUTES } from './route-definitions.js';

// Not 403: under another key a comparison does not exist, and saying otherwise would confirm
// that a guessed id is real.
function notSaved(id: string): ApiError {
  return new ApiError('not-found', `No saved comparison has the id "${id}".`);
}

// The stored report is already JSON; it is spliced into the response rather than parsed and re-serialised.
function savedJson(head: object, reportJson: string): string {
  return `${JSON.stringify(head).slice(0, -1)},"report":${reportJson}}`;
}

/**
 * The saved-comparison routes: POST/GET /v1/comparisons, GET/DELETE /v1/comparisons/{id},
 * each within the request's scope (the API key that saved it).
 * @example registerComparisonRoutes(app, { limits: config.limits, queue, costModel, store })
 */
export function registerComparisonRoutes(app: OpenAPIHono<AppEnv>, deps: WorkDeps & { store: ComparisonStore }): void {
  const { store } = deps;

  registerRoute(app, ROUTES.saveComparison, async (c) => {
    const scope = scopeOf(c);
    const result = await runCompareRequest(c, deps, 'save');
    const saved = await store.save({ documents: result.documents, options: result.options, reportJson: result.reportJson, summary: result.summary }, scope);
    const head = { id: saved.id, createdAt: saved.createdAt, documents: result.documents, options: result.options };
    return c.body(savedJson(head, result.reportJson), 201, { 'Content-Type': 'application/json', Location: `/v1/comparisons/${saved.id}` });
  });

  registerRoute(app, ROUTES.listComparisons, async (c) => {
    // zod-openapi has validated the query already (a 400 otherwise); this gives it its parsed, typed form.
    const query = validateWith(ListQuerySchema, c.req.query(), 'query');
    return c.json(await store.list({ limit: query.limit, cursor: query.cursor }, scopeOf(c)), 200);
  });

  registerRoute(app, ROUTES.getComparison, async (c) => {
    const id = c.req.param('id') ?? '';
    const saved = isComparisonId(id) ? await store.get(id, scopeOf(c)) : null;
    if (saved === null) throw notSaved(id);
    const head = { id: saved.id, createdAt: saved.createdAt, documents: saved.documents, options: saved.options };
    return c.body(savedJson(head, saved.reportJson), 200, { 'Content-Type': 'application/json' });
  });

  registerRoute(app, ROUTES.deleteComparison, async (c) => {
    const id = c.req.param('id') ?? '';
    if (!isComparisonId(id) || !(await store.delete(id, scopeOf(c)))) throw notSaved(id);
    return c.body(null, 204);
  });
}
