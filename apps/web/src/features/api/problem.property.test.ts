import fc from 'fast-check';
import { expect, test } from 'vitest';
import { placeProblem } from './problem.js';

test('every field error lands somewhere, on an article or in the general list', () => {
  const pathArb = fc.oneof(fc.string({ maxLength: 30 }), fc.nat({ max: 12 }).map((n) => `/documents/${n}/text`), fc.nat({ max: 12 }).map((n) => `documents.${n}`));
  fc.assert(
    fc.property(fc.array(fc.record({ path: pathArb, message: fc.string({ maxLength: 20 }) }), { maxLength: 6 }), fc.option(fc.string({ maxLength: 20 }), { nil: undefined }), (errors, detail) => {
      const placed = placeProblem({ problem: { type: 'about:blank', title: 'Invalid', status: 400, errors, ...(detail === undefined ? {} : { detail }) } });
      const onArticles = [...placed.byArticle.values()].reduce((n, list) => n + list.length, 0);
      expect(onArticles + placed.general.length).toBeGreaterThanOrEqual(Math.max(1, errors.length));
      for (const key of placed.byArticle.keys()) expect(Number.isInteger(key) && key >= 0).toBe(true);
    }),
  );
});
