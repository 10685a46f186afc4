import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, test } from 'vitest';
import { createComparisonId, isComparisonId } from '../src/ids.js';
import { SHARED_SCOPE, type Scope } from '../src/scope.js';
import type { NewComparison } from '../src/storage/comparison-store.js';
import { DATABASE_FILE, migrate, openSqliteStore } from '../src/storage/sqlite-store.js';

const shared = SHARED_SCOPE;

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'wirediff-store-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function comparison(title: string): NewComparison {
  return {
    documents: [{ text: 'One.', title }, { text: 'Two.' }],
    options: { minScore: 0.5 },
    reportJson: JSON.stringify({ schemaVersion: 1, documents: [], matches: [], clusters: [], options: {} }),
    summary: { documents: [{ id: 'd0', title, characters: 4, reusedShare: 0 }], matches: 0, incomplete: false },
  };
}

describe('ids', () => {
  test('128-bit base64url, distinct each time', () => {
    const ids = new Set(Array.from({ length: 1000 }, createComparisonId));
    expect(ids.size).toBe(1000);
    for (const id of ids) expect(isComparisonId(id)).toBe(true);
    expect(isComparisonId('1')).toBe(false);
    expect(isComparisonId('../../etc/passwd______')).toBe(false);
  });
});

describe('openSqliteStore', () => {
  test('save, get, delete round-trip', async () => {
    const store = openSqliteStore({ dataDir: tempDir() });
    const { id, createdAt } = await store.save(comparison('first'), shared);
    expect(Number.isNaN(Date.parse(createdAt))).toBe(false);
    const saved = await store.get(id, shared);
    expect(saved).toMatchObject({ id, createdAt, documents: [{ text: 'One.', title: 'first' }, { text: 'Two.' }], options: { minScore: 0.5 } });
    expect(JSON.parse(saved!.reportJson).schemaVersion).toBe(1);
    expect(await store.delete(id, shared)).toBe(true);
    expect(await store.get(id, shared)).toBeNull();
    expect(await store.delete(id, shared)).toBe(false);
    store.close();
  });

  test('lists newest first, page by page, until nextCursor is null', async () => {
    let clock = 0;
    const store = openSqliteStore({ dataDir: tempDir(), now: () => ++clock * 1000 });
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) ids.push((await store.save(comparison(`c${i}`), shared)).id);
    const seen: string[] = [];
    let cursor: string | undefined;
    for (;;) {
      const page = await store.list({ limit: 3, cursor }, shared);
      expect(page.items.length).toBeLessThanOrEqual(3);
      seen.push(...page.items.map((item) => item.id));
      if (page.nextCursor === null) break;
      cursor = page.nextCursor;
    }
    expect(seen).toEqual([...ids].reverse());
    const first = await store.list({ limit: 1 }, shared);
    expect(first.items[0]).toMatchObject({ id: ids[6], matches: 0, incomplete: false, documents: [{ title: 'c6' }] });
    await expect(store.list({ limit: 3, cursor: 'not-a-cursor' }, shared)).rejects.toMatchObject({ status: 400 });
    store.close();
  });

  test('data survives reopening; migrations run once and are recorded', async () => {
    const dir = tempDir();
    const store = openSqliteStore({ dataDir: dir });
    const { id } = await store.save(comparison('kept'), shared);
    store.close();
    const reopened = openSqliteStore({ dataDir: dir });
    expect((await reopened.get(id, shared))?.documents[0]?.title).toBe('kept');
    reopened.close();
    const db = new Database(join(dir, DATABASE_FILE), { readonly: true });
    expect(db.prepare('SELECT version FROM schema_migrations').all()).toEqual([{ version: 1 }, { version: 2 }]);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  test('a v1 database (before owners) is migrated in place; its comparisons stay in the shared space only', async () => {
    const dir = tempDir();
    const db = new Database(join(dir, DATABASE_FILE));
    db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL)');
    db.exec('CREATE TABLE comparisons (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, created_at INTEGER NOT NULL, documents TEXT NOT NULL, options TEXT NOT NULL, report TEXT NOT NULL, summary TEXT NOT NULL)');
    db.prepare('INSERT INTO schema_migrations VALUES (1, 0)').run();
    const old = comparison('old');
    db.prepare('INSERT INTO comparisons (id, created_at, documents, options, report, summary) VALUES (?, ?, ?, ?, ?, ?)').run('AAAAAAAAAAAAAAAAAAAAAA', 1, JSON.stringify(old.documents), '{}', old.reportJson, JSON.stringify(old.summary));
    migrate(db);
    db.close();
    const store = openSqliteStore({ dataDir: dir });
    expect((await store.get('AAAAAAAAAAAAAAAAAAAAAA', shared))?.documents[0]?.title).toBe('old');
    expect(await store.get('AAAAAAAAAAAAAAAAAAAAAA', { keyId: 'desk' })).toBeNull();
    store.close();
  });
});

describe('scoped by API key', () => {
  const alice: Scope = { keyId: 'alice' };
  const bob: Scope = { keyId: 'bob' };

  test('each key gets, lists and deletes only its own; the shared space (no keys) sees all', async () => {
    const store = openSqliteStore({ dataDir: tempDir() });
    const mine = await store.save(comparison('alice 1'), alice);
    const mine2 = await store.save(comparison('alice 2'), alice);
    const theirs = await store.save(comparison('bob 1'), bob);

    const cases: Array<[string, Scope, string, boolean]> = [
      ['alice reads her own', alice, mine.id, true],
      ['bob reads his own', bob, theirs.id, true],
      ['alice cannot read bob\'s', alice, theirs.id, false],
      ['bob cannot read alice\'s', bob, mine.id, false],
      ['the shared space reads both', shared, theirs.id, true],
    ];
    for (const [name, scope, id, found] of cases) expect((await store.get(id, scope)) !== null, name).toBe(found);

    expect((await store.list({ limit: 10 }, alice)).items.map((item) => item.id)).toEqual([mine2.id, mine.id]);
    expect((await store.list({ limit: 10 }, bob)).items.map((item) => item.id)).toEqual([theirs.id]);
    expect((await store.list({ limit: 10 }, { keyId: 'carol' })).items).toEqual([]);
    // Paging stays inside the scope: bob's row between alice's pages does not show up in them.
    const page = await store.list({ limit: 1 }, alice);
    expect((await store.list({ limit: 1, cursor: page.nextCursor! }, alice)).items.map((item) => item.id)).toEqual([mine.id]);

    expect(await store.delete(mine.id, bob)).toBe(false);
    expect(await store.get(mine.id, alice)).not.toBeNull();
    expect(await store.delete(mine.id, alice)).toBe(true);
    store.close();
  });
});
