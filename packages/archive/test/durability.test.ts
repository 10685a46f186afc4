import { afterAll, describe, expect, test } from 'vitest';
import { createArchive } from '../src/index.js';
import { type Backend, postgresBackend, sqliteBackend } from './helpers/backends.js';
import { collectLines, spawnChild } from './helpers/child.js';

const backends: Backend[] = [sqliteBackend(), postgresBackend()];
afterAll(async () => {
  for (const backend of backends) await backend.cleanup();
});

describe.each(backends.map((backend) => [backend.name, backend] as const))('adds on %s survive SIGKILL', (_name, backend) => {
  test.skipIf(!backend.available)('every acknowledged add is there after the writer is killed mid-stream, and a re-run resumes', async () => {
    const store = await backend.open();
    await store.close();
    const { url, schema } = backend.location();
    const child = spawnChild('add-stream.ts', [url, schema ?? '-', '100000']);
    const output = collectLines(child);
    // Let it acknowledge a good number of batches, then kill it without warning.
    await output.until((line) => line === 'ack doc-60');
    child.kill('SIGKILL');
    await output.exit;
    const acknowledged = output.lines.filter((line) => line.startsWith('ack ')).map((line) => line.slice(4));
    expect(acknowledged.length).toBeGreaterThanOrEqual(61);

    const reopened = await backend.reopen();
    try {
      const archive = createArchive({ store: reopened, namespace: 'durable' });
      const stats = await archive.stats();
      // Acknowledged adds are all there; at most the batch in flight may also have landed, whole.
      expect(stats.documents).toBeGreaterThanOrEqual(acknowledged.length);
      expect(stats.documents - acknowledged.length).toBeLessThanOrEqual(2);
      expect(stats.documents % 2).toBe(0);
      for (const id of [acknowledged[0]!, acknowledged.at(-1)!]) expect((await archive.get(id))?.id).toBe(id);
      // The store's anchors agree with its documents: nothing half-written.
      expect(stats.anchors).toBe((await reopened.window('durable', 0, 100_000)).reduce((sum, meta) => sum + meta.anchorCount, 0));
      const resumed = createArchive({ store: reopened, namespace: 'durable' });
      const first = await resumed.add([{ id: acknowledged[0]!, text: (await archive.get(acknowledged[0]!))!.text, publishedAt: '2026-03-02' }]);
      expect(first).toEqual({ added: 0, updated: 0, unchanged: 1 });
    } finally {
      await reopened.close();
    }
  });
});
