import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { ARTICLE_A, ARTICLE_B } from './helpers/test-app.js';

const apiDir = fileURLToPath(new URL('..', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'wirediff-durability-'));
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

const LISTENING = /listening on (http:\/\/\S+)/;

/** Start the real server (from source) as a child process and wait for its URL. */
async function spawnServer(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--conditions=@wirediff/source', '--import', 'tsx', 'src/server.ts'], {
    cwd: apiDir,
    env: { ...process.env, PORT: '0', WIREDIFF_DATA_DIR: dataDir, WIREDIFF_WEB_DIR: 'none', WIREDIFF_RATE_LIMIT_PER_MINUTE: '0', WIREDIFF_WORKERS: '2' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${output}`)), 30_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const found = LISTENING.exec(output);
      if (found) {
        clearTimeout(timer);
        resolve(found[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`server exited (${code}): ${output}`)));
  });
  return { child, url };
}

describe('saved comparisons survive SIGKILL', () => {
  test('every save that got a 2xx is there after kill -9 and a restart', async () => {
    const first = await spawnServer();
    const acknowledged = new Map<string, string>();
    let sent = 0;
    let killed = false;
    const exited = new Promise((resolve) => first.child.once('exit', resolve));

    // Eight clients save in a loop; the server is killed mid-stream once 40 saves are acknowledged.
    const client = async (): Promise<void> => {
      while (!killed) {
        const marker = `save ${sent++} ${Math.random()}`;
        try {
          const response = await fetch(`${first.url}/v1/comparisons`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ documents: [{ text: `${ARTICLE_A} ${marker}`, title: marker }, { text: ARTICLE_B }] }),
          });
          if (response.status === 201) acknowledged.set(((await response.json()) as { id: string }).id, marker);
        } catch {
          return; // the connection died with the server
        }
        if (acknowledged.size >= 40 && !killed) {
          killed = true;
          first.child.kill('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, client));
    await exited;
    expect(first.child.signalCode).toBe('SIGKILL');
    expect(acknowledged.size).toBeGreaterThanOrEqual(40);

    const second = await spawnServer();
    for (const [id, marker] of acknowledged) {
      const response = await fetch(`${second.url}/v1/comparisons/${id}`);
      expect(response.status, id).toBe(200);
      const saved = (await response.json()) as { documents: Array<{ title?: string; text: string }>; report: { schemaVersion: number } };
      expect(saved.documents[0]?.title).toBe(marker);
      expect(saved.report.schemaVersion).toBe(1);
    }
    const listed = (await (await fetch(`${second.url}/v1/comparisons?limit=100`)).json()) as { items: Array<{ id: string }> };
    const listedIds = new Set(listed.items.map((item) => item.id));
    for (const id of acknowledged.keys()) expect(listedIds.has(id)).toBe(true);
    second.child.kill('SIGTERM');
    await new Promise((resolve) => second.child.once('exit', resolve));
  });
});
