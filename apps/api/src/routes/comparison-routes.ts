import type { OpenAPIHono } from '@hono/zod-openapi';
import type { ApiLimits } from '../config.js';
import type { CompareRunner } from '../compare/compare-task.js';
import { ApiError } from '../errors.js';
import { isComparisonId } from '../ids.js';
import { ListQuerySchema } from '../schemas.js';
import type { ComparisonStore } from '../storage/comparison-store.js';
import { validateWith } from '../validate.js';
import { readCompareInput } from './read-compare-input.js';

function notSaved(id: string): ApiError {
  return new ApiError('not-found', `No saved comparison has the id "${id}".`);
}

// The stored report is already JSON; it is spliced into the response rather than parsed and re-serialised.
function savedJson(head: object, reportJson: string): string {
  return `${JSON.stringify(head).slice(0, -1)},"report":${reportJson}}`;
}

/**
 * The saved-comparison routes: POST/GET /v1/comparisons, GET/DELETE /v1/comparisons/:id.
 * @example registerComparisonRoutes(app, { limits: config.limits, runner, store })
 */
export function registerComparisonRoutes(app: OpenAPIHono, deps: { limits: ApiLimits; runner: CompareRunner; store: ComparisonStore }): void {
  const { limits, runner, store } = deps;

  app.post('/v1/comparisons', async (c) => {
    const input = await readCompareInput(c, limits, runner);
    const result = await runner.run({ documents: input.documents, options: input.options });
    const saved = await store.save({ documents: input.documents, options: input.options, reportJson: result.reportJson, summary: result.summary });
    const head = { id: saved.id, createdAt: saved.createdAt, documents: input.documents, options: input.options };
    return c.body(savedJson(head, result.reportJson), 201, { 'Content-Type': 'application/json', Location: `/v1/comparisons/${saved.id}` });
  });

  app.get('/v1/comparisons', async (c) => {
    const query = validateWith(ListQuerySchema, c.req.query(), 'query');
    return c.json(await store.list({ limit: query.limit, cursor: query.cursor }), 200);
  });

  app.get('/v1/comparisons/:id', async (c) => {
    const id = c.req.param('id');
    const saved = isComparisonId(id) ? await store.get(id) : null;
    if (saved === null) throw notSaved(id);
    const head = { id: saved.id, createdAt: saved.createdAt, documents: saved.documents, options: saved.options };
    return c.body(savedJson(head, saved.reportJson), 200, { 'Content-Type': 'application/json' });
  });

  app.delete('/v1/comparisons/:id', async (c) => {
    const id = c.req.param('id');
    if (!isComparisonId(id) || !(await store.delete(id))) throw notSaved(id);
    return c.body(null, 204);
  });
}
