import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, test } from 'vitest';
import { createComparisonId, isComparisonId } from '../src/ids.js';
import type { NewComparison } from '../src/storage/comparison-store.js';
import { DATABASE_FILE, openSqliteStore } from '../src/storage/sqlite-store.js';

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
    const { id, createdAt } = await store.save(comparison('first'));
    expect(Number.isNaN(Date.parse(createdAt))).toBe(false);
    const saved = await store.get(id);
    expect(saved).toMatchObject({ id, createdAt, documents: [{ text: 'One.', title: 'first' }, { text: 'Two.' }], options: { minScore: 0.5 } });
    expect(JSON.parse(saved!.reportJson).schemaVersion).toBe(1);
    expect(await store.delete(id)).toBe(true);
    expect(await store.get(id)).toBeNull();
    expect(await store.delete(id)).toBe(false);
    store.close();
  });

  test('lists newest first, page by page, until nextCursor is null', async () => {
    let clock = 0;
    const store = openSqliteStore({ dataDir: tempDir(), now: () => ++clock * 1000 });
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) ids.push((await store.save(comparison(`c${i}`))).id);
    const seen: string[] = [];
    let cursor: string | undefined;
    for (;;) {
      const page = await store.list({ limit: 3, cursor });
      expect(page.items.length).toBeLessThanOrEqual(3);
      seen.push(...page.items.map((item) => item.id));
      if (page.nextCursor === null) break;
      cursor = page.nextCursor;
    }
    expect(seen).toEqual([...ids].reverse());
    const first = await store.list({ limit: 1 });
    expect(first.items[0]).toMatchObject({ id: ids[6], matches: 0, incomplete: false, documents: [{ title: 'c6' }] });
    await expect(store.list({ limit: 3, cursor: 'not-a-cursor' })).rejects.toMatchObject({ status: 400 });
    store.close();
  });

  test('data survives reopening; migrations run once and are recorded', async () => {
    const dir = tempDir();
    const store = openSqliteStore({ dataDir: dir });
    const { id } = await store.save(comparison('kept'));
    store.close();
    const reopened = openSqliteStore({ dataDir: dir });
    expect((await reopened.get(id))?.documents[0]?.title).toBe('kept');
    reopened.close();
    const db = new Database(join(dir, DATABASE_FILE), { readonly: true });
    expect(db.prepare('SELECT version FROM schema_migrations').all()).toEqual([{ version: 1 }]);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });
});
