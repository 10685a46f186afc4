// Property: whatever lines an ndjson feed holds (documents, broken JSON, other JSON values,
// odd ids and dates, blank lines, \r\n), the answer is 200 with every line counted or a 4xx
// problem, never a server fault.
import fc from 'fast-check';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createTestApp, type TestApp } from './helpers/test-app.js';

let t: TestApp;
beforeAll(() => {
  t = createTestApp({ WIREDIFF_MAX_DOCUMENT_CHARS: '400' });
});
afterAll(() => t.close());

const document = fc.record(
  {
    id: fc.oneof(fc.string({ minLength: 1, maxLength: 20 }), fc.constant(''), fc.string({ minLength: 510, maxLength: 520 }), fc.integer()),
    text: fc.oneof(fc.string({ maxLength: 500 }), fc.constant(null)),
    publishedAt: fc.oneof(fc.constant('2024-03-01'), fc.constant('2024-02-30'), fc.string({ maxLength: 12 }), fc.date({ noInvalidDate: true }).map((d) => d.toISOString())),
    outlet: fc.string({ maxLength: 10 }),
  },
  { requiredKeys: [] },
);
const line = fc.oneof(
  { weight: 4, arbitrary: document.map((d) => JSON.stringify(d)) },
  { weight: 1, arbitrary: fc.json() },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.constant('') },
);

test('any ndjson feed gets 200 or a 4xx problem', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(line, { maxLength: 30 }), fc.constantFrom('\n', '\r\n'), async (lines, end) => {
      const response = await t.app.request('/v1/archive/documents', { method: 'POST', headers: { 'content-type': 'application/x-ndjson' }, body: lines.join(end) });
      const body = await response.json();
      expect(response.status, JSON.stringify(body)).toBeLessThan(500);
      if (response.status === 200) expect(body.received).toBe(body.added + body.updated + body.unchanged);
      else expect(body.type).toMatch(/^\/docs\/problems#problem-(bad-request|validation|too-large)$/);
    }),
    { numRuns: 150 },
  );
  expect(t.logged).toEqual([]);
});
