import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compare } from '@wirediff/match';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, describe, expect, test } from 'vitest';
import { type ArchiveDocumentInput, type ArchiveStore, createArchive, fingerprint, formatDedup, openStore } from '../src/index.js';
import { COPY, REWORDED_ITEM, REWRITE, UNRELATED_A, UNRELATED_B, WIRE, WIRE_ITEM } from './helpers/articles.js';
import { type Backend, postgresBackend, sqliteBackend } from './helpers/backends.js';
import { freshSchema, hasPostgres, POSTGRES_URL } from './helpers/postgres.js';

const FEED: ArchiveDocumentInput[] = [
  { id: 'wire-1', text: WIRE, outlet: 'Wire', publishedAt: '2026-03-02T07:00:00Z' },
  { id: 'copy-1', text: COPY, outlet: 'Gazette', publishedAt: '2026-03-02T09:30:00Z' },
  { id: 'rewrite-1', text: REWRITE, outlet: 'Herald', publishedAt: '2026-03-03T06:00:00Z' },
  { id: 'other-a', text: UNRELATED_A, outlet: 'Gazette', publishedAt: '2026-03-02T10:00:00Z' },
  { id: 'other-b', text: UNRELATED_B, outlet: 'Herald', publishedAt: '2026-03-03T08:00:00Z' },
];

const backends: Backend[] = [sqliteBackend(), postgresBackend()];

afterAll(async () => {
  for (const backend of backends) await backend.cleanup();
});

describe.each(backends.map((backend) => [backend.name, backend] as const))('archive on %s', (_name, backend) => {
  // Skipped only when PostgreSQL is unreachable; test/helpers/postgres.ts says so on the console.
  const run = test.skipIf(!backend.available);

  async function withStore<T>(work: (store: ArchiveStore) => Promise<T>): Promise<T> {
    const store = await backend.open();
    try {
      return await work(store);
    } finally {
      await store.close();
    }
  }

  run('add is idempotent by id, updates a changed text, and counts both', async () => {
    await withStore(async (store) => {
      const archive = createArchive({ store });
      expect(await archive.add(FEED)).toEqual({ added: 5, updated: 0, unchanged: 0 });
      expect(await archive.add(FEED)).toEqual({ added: 0, updated: 0, unchanged: 5 });
      const changed = FEED.map((doc) => (doc.id === 'copy-1' ? { ...doc, text: `${COPY}\n\nCorrection: the farm is 140 megawatts.` } : doc));
      expect(await archive.add(changed)).toEqual({ added: 0, updated: 1, unchanged: 4 });
      const copy = await archive.get('copy-1');
      expect(copy?.text.endsWith('140 megawatts.')).toBe(true);
      expect(copy).toMatchObject({ id: 'copy-1', outlet: 'Gazette', publishedAt: '2026-03-02T09:30:00Z', day: '2026-03-02' });
      expect(copy!.anchors).toBeGreaterThan(20);
      const stats = await archive.stats();
      expect(stats).toMatchObject({ documents: 5, firstDay: '2026-03-02', lastDay: '2026-03-03' });
      expect(stats.days).toEqual([
        { day: '2026-03-02', documents: 3 },
        { day: '2026-03-03', documents: 2 },
      ]);
    });
  });

  run('every operation is scoped by namespace: one never sees, finds or removes another’s documents', async () => {
    await withStore(async (store) => {
      const alpha = createArchive({ store, namespace: 'key-alpha' });
      const beta = createArchive({ store, namespace: 'key-beta' });
      await alpha.add(FEED);
      await beta.add([{ id: 'wire-1', text: UNRELATED_B, publishedAt: '2026-03-02' }]);
      expect((await beta.get('wire-1'))?.text).toBe(UNRELATED_B);
      expect((await alpha.get('wire-1'))?.text).toBe(WIRE);
      expect(await beta.get('copy-1')).toBeNull();
      expect((await beta.sources(COPY)).hits).toEqual([]);
      expect((await beta.dedup()).clusters).toEqual([]);
      expect(await beta.remove('copy-1')).toBe(false);
      expect(await beta.evict('2030-01-01')).toBe(1);
      expect((await alpha.stats()).documents).toBe(5);
      expect((await beta.stats()).documents).toBe(0);
      expect((await createArchive({ store, namespace: 'nobody' }).stats()).documents).toBe(0);
    });
  });

  run('sources ranks the wire first with the evidence to open the side-by-side', async () => {
    await withStore(async (store) => {
      const archive = createArchive({ store });
      await archive.add(FEED.filter((doc) => doc.id !== 'copy-1'));
      const result = await archive.sources({ text: COPY, publishedAt: '2026-03-02T09:30:00Z' }, { limit: 5, reports: true });
      const [best] = result.hits;
      expect(best).toMatchObject({ id: 'wire-1', outlet: 'Wire', first: 'source' });
      expect(best!.sharedAnchors).toBeGreaterThan(10);
      expect(best!.articleContainment).toBeGreaterThan(0.5);
      expect(best!.sourceContainment).toBeGreaterThan(best!.articleContainment * 0.5);
      const verification = best!.verification!;
      expect(verification.articleReusedShare).toBeGreaterThan(0.6);
      expect(verification.sourceReusedShare).toBeGreaterThan(0.4);
      expect(verification.matchesByKind.verbatim).toBeGreaterThanOrEqual(3);
      // The evidence is compare()'s own, on the same two texts.
      const direct = compare([{ id: 'article', text: COPY, publishedAt: '2026-03-02T09:30:00Z' }, { id: 'wire-1', text: WIRE, outlet: 'Wire', publishedAt: '2026-03-02T07:00:00Z' }]);
      expect(verification.report).toEqual(direct);
      expect(verification.matches).toBe(direct.matches.length);
      expect(result.hits.map((hit) => hit.id)).not.toContain('other-a');
      expect(result.hits.map((hit) => hit.id)).not.toContain('other-b');
    });
  });

  run('sources finds a reworded item that shares no n-gram with its source by the rare words they share; remove takes them out', async () => {
    await withStore(async (store) => {
      const archive = createArchive({ store });
      await archive.add([...FEED, { id: 'wire-item', text: WIRE_ITEM, outlet: 'Wire', publishedAt: '2026-03-02T08:00:00Z' }]);
      const result = await archive.sources({ text: REWORDED_ITEM, publishedAt: '2026-03-03T06:00:00Z' });
      expect(result.hits.map((hit) => hit.id)).toEqual(['wire-item']);
      expect(result.hits[0]).toMatchObject({ sharedAnchors: 0, first: 'source' });
      expect(result.hits[0]!.verification!.articleReusedShare).toBe(1);
      // Rare words are posted beside the anchors, never counted as anchors or as dedup evidence.
      expect((await archive.get('wire-item'))!.anchors).toBe(fingerprint(WIRE_ITEM).anchors.length);
      await archive.add([{ id: 'reworded-item', text: REWORDED_ITEM, publishedAt: '2026-03-03T06:00:00Z' }]);
      const clustered = (await archive.dedup({ since: '2026-03-01' })).clusters.flatMap((cluster) => cluster.members.map((member) => member.id));
      expect(clustered).not.toContain('reworded-item');
      expect(await archive.remove('wire-item')).toBe(true);
      expect((await archive.sources(REWORDED_ITEM, { excludeId: 'reworded-item' })).hits).toEqual([]);
    });
  });

  run('sources honours before, excludeId, limit and verify', async () => {
    await withStore(async (store) => {
      const archive = createArchive({ store });
      await archive.add(FEED);
      const all = await archive.sources(COPY, { excludeId: 'copy-1' });
      expect(all.hits.map((hit) => hit.id).sort()).toEqual(['rewrite-1', 'wire-1']);
      expect(all.hits[0]!.first).toBe('unknown');
      const earlier = await archive.sources({ text: REWRITE, publishedAt: '2026-03-03T06:00:00Z' }, { before: '2026-03-02T08:00:00Z' });
      expect(earlier.hits.map((hit) => hit.id)).toEqual(['wire-1']);
      const unverified = await archive.sources(COPY, { limit: 1, verify: 0 });
      expect(unverified.hits).toHaveLength(1);
      expect(unverified.hits[0]!.id).toBe('copy-1');
      expect(unverified.hits[0]!.verification).toBeUndefined();
      expect(unverified.hits[0]!.articleContainment).toBe(1);
      expect((await archive.sources('   ')).hits).toEqual([]);
    });
  });

  run('without dates, the origin is the take its copies are made of, not a roundup holding a paragraph of each', async () => {
    // Three wire takes (four paragraphs each), a copy of each made of two of its paragraphs,
    // and a long roundup quoting one paragraph of every take among eight of its own.
    const words = (seed: string, count: number): string => Array.from({ length: count }, (_, i) => `${seed}${String.fromCharCode(97 + (i % 26))}${Math.floor(i / 26)}`).join(' ');
    const paragraph = (seed: string): string => `${words(seed, 24)}.`;
    const takes = ['kelp', 'moss', 'fern'].map((story) => [0, 1, 2, 3].map((n) => paragraph(`${story}${n}x`)));
    const documents: ArchiveDocumentInput[] = [
      ...takes.map((take, i) => ({ id: `take-${i + 1}`, text: take.join('\n\n') })),
      ...takes.map((take, i) => ({ id: `copy-${i + 1}`, text: [take[0], take[1]].join('\n\n') })),
      { id: 'roundup', text: [...takes.map((take) => take[0]!), ...Array.from({ length: 8 }, (_, n) => paragraph(`own${n}y`))].join('\n\n') },
    ];
    await withStore(async (store) => {
      const archive = createArchive({ store });
      await archive.add(documents);
      const { clusters } = await archive.dedup({ verify: 'none' });
      expect(clusters).toHaveLength(1);
      expect(clusters[0]!.members).toHaveLength(7);
      expect(clusters[0]!.origin).toMatch(/^take-/u);
      expect(clusters[0]!.members.find((m) => m.id === 'roundup')!.containedInOrigin).toBeLessThan(0.5);
    });
  });

  run('dedup clusters the wire with its copy and rewrite, origin first, unrelated stories apart', async () => {
    await withStore(async (store) => {
      const archive = createArchive({ store });
      await archive.add(FEED);
      const result = await archive.dedup({ since: '2026-03-02', until: '2026-03-03' });
      expect(result.documents).toBe(5);
      expect(result.clusters).toHaveLength(1);
      const [cluster] = result.clusters;
      expect(cluster!.origin).toBe('wire-1');
      expect(cluster!.members.map((m) => m.id)).toEqual(['wire-1', 'copy-1', 'rewrite-1']);
      const copy = cluster!.members.find((m) => m.id === 'copy-1')!;
      expect(copy.reusedShare).toBeGreaterThan(0.6);
      expect(copy.containedInOrigin).toBeGreaterThan(0.6);
      expect(cluster!.members[0]!.containedInOrigin).toBe(1);
      // A window holding only the second day has the rewrite alone: no cluster.
      expect((await archive.dedup({ since: '2026-03-03', until: '2026-03-03' })).clusters).toEqual([]);
      const lines = [...formatDedup(result, 'csv')];
      expect(lines[0]).toBe('cluster,size,origin,is_origin,id,outlet,published_at,reused_share,contained_in_origin,title\n');
      expect(lines).toHaveLength(4);
      expect(JSON.parse([...formatDedup(result, 'jsonl')][0]!)).toMatchObject({ cluster: 1, size: 3, origin: 'wire-1' });
    });
  });

  run('dedup gives the same clusters whatever verifies the pairs', async () => {
    await withStore(async (store) => {
      const archive = createArchive({ store });
      await archive.add(FEED);
      const ids = async (verify: 'borderline' | 'all' | 'none') => (await archive.dedup({ verify })).clusters.map((c) => c.members.map((m) => m.id));
      const borderline = await ids('borderline');
      expect(await ids('all')).toEqual(borderline);
      expect(await ids('none')).toEqual(borderline);
    });
  });

  run('remove and evict take documents and their anchors out of every answer', async () => {
    await withStore(async (store) => {
      const archive = createArchive({ store });
      await archive.add(FEED);
      expect(await archive.remove('wire-1')).toBe(true);
      expect(await archive.remove('wire-1')).toBe(false);
      expect(await archive.get('wire-1')).toBeNull();
      expect((await archive.sources(WIRE)).hits.map((h) => h.id)).not.toContain('wire-1');
      expect(await archive.evict('2026-03-03')).toBe(2);
      expect((await archive.stats()).days).toEqual([{ day: '2026-03-03', documents: 2 }]);
      expect((await archive.sources(COPY)).hits.map((h) => h.id)).toEqual(['rewrite-1']);
      // The id can come back after eviction.
      expect(await archive.add([FEED[1]!])).toEqual({ added: 1, updated: 0, unchanged: 0 });
      expect((await archive.stats()).anchors).toBe((await archive.get('copy-1'))!.anchors + (await archive.get('rewrite-1'))!.anchors + (await archive.get('other-b'))!.anchors);
    });
  });

  run('a day evicted through another connection can be written again (PostgreSQL drops the partition)', async () => {
    const first = await backend.open();
    const second = await backend.reopen();
    try {
      const writer = createArchive({ store: first });
      await writer.add([FEED[0]!]);
      expect(await createArchive({ store: second }).evict('2026-03-10')).toBe(1);
      expect(await writer.add([FEED[1]!])).toEqual({ added: 1, updated: 0, unchanged: 0 });
      expect((await writer.stats()).days).toEqual([{ day: '2026-03-02', documents: 1 }]);
    } finally {
      await first.close();
      await second.close();
    }
  });

  run('documents without publishedAt are filed under the day they were added', async () => {
    await withStore(async (store) => {
      const archive = createArchive({ store, now: () => new Date('2026-05-01T12:00:00Z') });
      await archive.add([{ id: 'undated', text: WIRE }]);
      expect((await archive.get('undated'))?.day).toBe('2026-05-01');
      expect((await archive.get('undated'))?.publishedAt).toBeUndefined();
    });
  });

  run('a store keeps its fingerprint options and refuses others', async () => {
    const store = await backend.open({ fingerprint: { gram: 3, window: 6 } });
    await store.close();
    const again = await backend.reopen();
    expect(again.fingerprint).toEqual({ gram: 3, window: 6 });
    await again.close();
    await expect(backend.reopen({ fingerprint: { gram: 5, window: 12 } })).rejects.toThrow('the store was made with gram 3 and window 6');
  });

  run('misuse throws with an exact message', async () => {
    await withStore(async (store) => {
      const archive = createArchive({ store });
      await expect(archive.add({} as never)).rejects.toThrow('add: documents must be an array, got object');
      await expect(archive.add([{ id: 1, text: 'x' } as never])).rejects.toThrow('add: documents[0].id must be a string, got number');
      await expect(archive.add([{ id: '', text: 'x' }])).rejects.toThrow('add: documents[0].id must have 1 to 512 characters, got 0');
      await expect(archive.add([{ id: 'a', text: null } as never])).rejects.toThrow('add: documents[0].text must be a string, got null');
      await expect(archive.add([{ id: 'a', text: 'x', publishedAt: 'yesterday' }])).rejects.toThrow('add: documents[0].publishedAt must be an ISO 8601 date or date-time, got "yesterday"');
      await expect(archive.add([{ id: 'a', text: 'x' }, { id: 'a', text: 'y' }])).rejects.toThrow('add: id "a" appears twice in one call');
      await expect(archive.sources(COPY, { limit: 0 })).rejects.toThrow('sources: options.limit must be an integer from 1 to 100, got 0');
      await expect(archive.sources({ text: 'x', publishedAt: 'last Tuesday' })).rejects.toThrow('sources: article.publishedAt must be an ISO 8601 date or date-time, got "last Tuesday"');
      await expect(archive.dedup({ since: '2026-03-05', until: '2026-03-01' })).rejects.toThrow('dedup: options.until (2026-03-01) is before options.since (2026-03-05)');
      await expect(archive.evict('soon')).rejects.toThrow('evict: olderThan must be a Date or an ISO 8601 date, got "soon"');
      expect((await archive.stats()).documents).toBe(0);
    });
  });
});

describe('sqlite and postgres agree', () => {
  test.skipIf(!backends[1]!.available)('same candidate pairs, sources and clusters on both backends', async () => {
    const [sqlite, postgres] = await Promise.all([backends[0]!.open(), backends[1]!.open()]);
    try {
      const answers = [];
      for (const store of [sqlite, postgres]) {
        const archive = createArchive({ store });
        await archive.add(FEED);
        const keys = new Map((await store.window('default', 0, 100_000)).map((meta) => [meta.key, meta.id]));
        const pairs = (await store.candidatePairs('default', 0, 100_000, { dfCap: 2, minShared: 1 })).map((p) => [keys.get(p.a), keys.get(p.b), p.shared]);
        const sources = (await archive.sources(COPY)).hits.map((h) => [h.id, h.sharedAnchors, h.verification?.articleReusedShare]);
        answers.push({ pairs, sources, clusters: (await archive.dedup()).clusters });
      }
      expect(answers[1]).toEqual(answers[0]);
    } finally {
      await sqlite.close();
      await postgres.close();
    }
  });
});

describe('an archive made before rare-word keys', () => {
  // Opens it, drops the terms column as such an archive lacks it, and checks it still works.
  async function checkUpgrade(open: () => Promise<ArchiveStore>, dropTerms: () => Promise<void>): Promise<void> {
    const first = await open();
    await createArchive({ store: first }).add(FEED);
    await first.close();
    await dropTerms();
    const store = await open();
    try {
      const archive = createArchive({ store });
      expect((await archive.sources(COPY, { excludeId: 'copy-1' })).hits[0]!.id).toBe('wire-1');
      await archive.add([{ id: 'wire-item', text: WIRE_ITEM, publishedAt: '2026-03-02' }]);
      expect((await archive.sources(REWORDED_ITEM)).hits.map((hit) => hit.id)).toEqual(['wire-item']);
      expect(await archive.remove('wire-1')).toBe(true);
      expect(await archive.remove('wire-item')).toBe(true);
      expect((await archive.sources(REWORDED_ITEM)).hits).toEqual([]);
      expect((await archive.stats()).documents).toBe(4);
    } finally {
      await store.close();
    }
  }

  test('on SQLite: opens, gains the column, finds old documents by anchors and new ones by rare words too', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wirediff-archive-upgrade-'));
    const path = join(dir, 'archive.sqlite');
    try {
      await checkUpgrade(
        () => openStore(path),
        async () => {
          const db = new Database(path);
          db.exec('ALTER TABLE archive_documents DROP COLUMN terms');
          db.close();
        },
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test.skipIf(!hasPostgres)('on PostgreSQL: the same', async () => {
    const { schema, drop } = await freshSchema('archive_upgrade');
    try {
      await checkUpgrade(
        () => openStore(POSTGRES_URL, { schema }),
        async () => {
          const client = new pg.Client({ connectionString: POSTGRES_URL });
          await client.connect();
          await client.query(`ALTER TABLE ${schema}.archive_documents DROP COLUMN terms`);
          await client.end();
        },
      );
    } finally {
      await drop();
    }
  });
});

describe('openStore on a PostgreSQL URL', () => {
  test.skipIf(!hasPostgres)('?schema= on the URL picks the schema, as options.schema does', async () => {
    const { schema, drop } = await freshSchema('archive_url');
    try {
      const url = new URL(POSTGRES_URL);
      url.searchParams.set('schema', schema);
      const store = await openStore(url.toString());
      try {
        await createArchive({ store }).add([{ id: 'wire-1', text: WIRE }]);
      } finally {
        await store.close();
      }
      // The same documents through the option: the tables are in that schema, not in public.
      const again = await openStore(POSTGRES_URL, { schema });
      try {
        expect((await createArchive({ store: again }).stats()).documents).toBe(1);
      } finally {
        await again.close();
      }
    } finally {
      await drop();
    }
  });

  test.skipIf(!hasPostgres)('a URL without a user connects as the operating-system user, as libpq does, when USER is not set', async () => {
    const { schema, drop } = await freshSchema('archive_nouser');
    const url = new URL(POSTGRES_URL);
    url.username = '';
    url.searchParams.set('schema', schema);
    const saved = { USER: process.env.USER, PGUSER: process.env.PGUSER };
    delete process.env.USER;
    delete process.env.PGUSER;
    try {
      const store = await openStore(url.toString());
      try {
        expect((await createArchive({ store }).add([{ id: 'wire-1', text: WIRE }])).added).toBe(1);
      } finally {
        await store.close();
      }
    } finally {
      for (const [name, value] of Object.entries(saved)) if (value !== undefined) process.env[name] = value;
      await drop();
    }
  });

  test('a PostgreSQL URL that does not parse is a RangeError that hides the password', async () => {
    await expect(openStore('postgres://user:s3cret@[bad/db')).rejects.toThrow(RangeError);
    await expect(openStore('postgres://user:s3cret@[bad/db')).rejects.not.toThrow(/s3cret/u);
  });
});
