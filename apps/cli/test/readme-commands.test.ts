// Every command line in every README's `sh` blocks, run as written from the repository root
// the way a newcomer would run it after the set-up (`npm run build`): with a PATH that has no
// node_modules/.bin on it, the built CLI and API, and a real API server for the curl lines.
// The few lines it cannot run are listed in NOT_RUN with the reason.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readConfig, startServer, type RunningServer } from '@wirediff/api';
import { dropSchema, postgresProblem, postgresSkipNotice, TEST_POSTGRES_URL } from '@wirediff/archive/testing';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const FENCE_OPEN = /^```(?:sh|bash|shell)\s*$/u;
const FENCE_CLOSE = /^```\s*$/u;
const SERVER_NOTE = /With ((?:[A-Z][A-Z0-9_]*=\S+\s*)+)set on the server/u;
const API_ADDRESS = 'localhost:8787';
const ASSIGNMENT = /^([A-Za-z_]\w*)=\$\(/u;
const REDIRECT_TARGET = /\s>\s*([^\s|&;<>]+)\s*$/u;
// README lines on PostgreSQL name the test server and a schema; each run gets its own schema, dropped afterwards.
const README_POSTGRES = /postgres:\/\/127\.0\.0\.1:5432\/test\?schema=(\w+)/gu;
const postgresSchemas = new Set<string>();

/** One command line of a README, with its `\` continuations and multi-line quotes joined. */
interface ReadmeCommand {
  file: string;
  /** Line in the README where the command starts, from 1. */
  line: number;
  /** As written, comments included (bash ignores them). */
  text: string;
  /** Without its trailing comment, whitespace collapsed: what the tables below match. */
  command: string;
  /** Environment the README says the server has for this line ("With X=1 set on the server"). */
  serverEnv: Record<string, string>;
  block: number;
}

/**
 * Reads shell text as bash would split it: the code without its comments (a `#` at the start
 * of a word, outside quotes, to the end of the line), and whether a quote is still open.
 */
function scanShell(text: string): { code: string; openQuote: boolean } {
  let quote: "'" | '"' | null = null;
  let code = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote === "'") {
      code += ch;
      if (ch === "'") quote = null;
    } else if (quote === '"') {
      code += ch;
      if (ch === '\\' && i + 1 < text.length) code += text[++i]!;
      else if (ch === '"') quote = null;
    } else if (ch === '\\' && i + 1 < text.length) {
      code += ch + text[++i]!;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      code += ch;
    } else if (ch === '#' && (code === '' || /\s/u.test(code.at(-1)!))) {
      while (i + 1 < text.length && text[i + 1] !== '\n') i++;
    } else {
      code += ch;
    }
  }
  return { code, openQuote: quote !== null };
}

/** A command is complete when no quote is open and it does not end with a `\` continuation. */
function isComplete(text: string): boolean {
  const { code, openQuote } = scanShell(text);
  return !openQuote && !code.trimEnd().endsWith('\\');
}

function withoutComment(text: string): string {
  return scanShell(text)
    .code.replace(/\\\n/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

function extractCommands(file: string): ReadmeCommand[] {
  const lines = readFileSync(join(REPO, file), 'utf8').split('\n');
  const commands: ReadmeCommand[] = [];
  let inBlock = false;
  let block = 0;
  let pending: { start: number; text: string } | null = null;
  let serverEnv: Record<string, string> = {};
  for (const [index, line] of lines.entries()) {
    if (!inBlock) {
      if (FENCE_OPEN.test(line)) {
        inBlock = true;
        block++;
        serverEnv = {};
      }
      continue;
    }
    if (pending === null && FENCE_CLOSE.test(line)) {
      inBlock = false;
      continue;
    }
    if (pending === null) {
      const trimmed = line.trim();
      if (trimmed === '') {
        serverEnv = {};
        continue;
      }
      if (trimmed.startsWith('#')) {
        const note = SERVER_NOTE.exec(trimmed);
        serverEnv = note ? Object.fromEntries(note[1]!.trim().split(/\s+/u).map((pair) => pair.split('=') as [string, string])) : {};
        continue;
      }
      pending = { start: index + 1, text: line };
    } else {
      pending.text += `\n${line}`;
    }
    if (isComplete(pending.text)) {
      commands.push({ file, line: pending.start, text: pending.text, command: withoutComment(pending.text), serverEnv, block });
      pending = null;
    }
  }
  return commands;
}

const NOT_SOURCE = new Set(['node_modules', 'dist', '.git', '.turbo', 'test-results', 'data']);

/** Every README.md of the repository (the root's, each package's, any other folder's). */
function findReadmes(folder = ''): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(join(REPO, folder), { withFileTypes: true }).sort((x, y) => x.name.localeCompare(y.name))) {
    const path = folder === '' ? entry.name : `${folder}/${entry.name}`;
    if (entry.isFile() && entry.name === 'README.md') found.push(path);
    else if (entry.isDirectory() && !NOT_SOURCE.has(entry.name) && !entry.name.startsWith('.')) found.push(...findReadmes(path));
  }
  return found;
}

/** Lines this test does not run, and why. Each must still match a README line (else it is stale). */
const NOT_RUN: Array<[RegExp, string]> = [
  [/^npm test$/u, 'runs the whole test suite, this test included (CI runs it through .ci/run on a clean clone)'],
  [/^npm start$/u, 'reinstalls and rebuilds every package under the test projects now reading them before it serves; the same server starts here through `npx wirediff serve` and `node apps/api/dist/server.js`'],
  [/^npm run build$/u, 'reinstalls and rebuilds every package under the test projects now reading them; `npm test` ran the same build just before this test'],
  [/^npx --yes pnpm@10\.34\.9 install --frozen-lockfile$/u, 'reinstalls node_modules under the test projects now reading them; `npm test` ran the same install just before this test'],
  [/^npm run pack:packages$/u, 'tests/packaging packs the two libraries the same way (and installs them outside the workspace); packing here too would race it on dist/packages'],
  [/^npm install \/path\/to\/wirediff\//u, 'a placeholder path for the reader\'s own project; tests/packaging installs the packed tarballs into an empty folder and runs the README examples there'],
  [/^npx vitest run --project [\w-]+$/u, 'a test suite that `npm test` runs anyway'],
  [/^cd apps\/web && npx vitest run -c vitest\.e2e\.config\.ts$/u, 'the browser tests, which `npm test` runs anyway'],
  [/^npm run bench:api( -- .+)?$/u, 'a benchmark: minutes of deliberate load, and figures that mean nothing while tests share the machine'],
];

/** Long-running lines: started, checked once ready, then stopped. */
const SERVERS: Array<{ pattern: RegExp; ready: RegExp; api: boolean }> = [
  { pattern: /^npx wirediff serve(?! .*--help)/u, ready: /listening on (http:\/\/\S+)/u, api: true },
  { pattern: /^node apps\/api\/dist\/server\.js$/u, ready: /listening on (http:\/\/\S+)/u, api: true },
  { pattern: /--filter @wirediff\/api start &?$/u, ready: /listening on (http:\/\/\S+)/u, api: true },
  { pattern: /--filter @wirediff\/web dev$/u, ready: /Local:\s+(http:\/\/\S+)/u, api: false },
];

const notRunReason = (command: string): string | undefined => NOT_RUN.find(([pattern]) => pattern.test(command))?.[1];
const serverOf = (command: string): (typeof SERVERS)[number] | undefined => SERVERS.find((server) => server.pattern.test(command));

/** The environment of a newcomer's shell: no node_modules/.bin on the PATH, no npm or vitest variables. */
function newcomerEnv(extra: Record<string, string> = {}): Record<string, string> {
  const path = (process.env['PATH'] ?? '')
    .split(':')
    .filter((entry) => entry !== '' && !entry.includes('node_modules'))
    .join(':');
  const kept = Object.fromEntries(['HOME', 'LANG', 'TMPDIR', 'USER', 'SHELL', 'TERM'].flatMap((name) => (process.env[name] === undefined ? [] : [[name, process.env[name]!]])));
  return { ...kept, PATH: path, ...extra };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** What one command did. */
interface CommandResult {
  status: number;
  stdout: string;
  stderr: string;
}

function runScript(script: string, env: Record<string, string>, timeoutMs: number): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-c', script], { cwd: REPO, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('error', reject);
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, output });
    });
  });
}

const allCommands = findReadmes().flatMap(extractCommands);
const results: Array<{ where: string; command: string; result: string }> = [];
const describeWhere = (command: ReadmeCommand): string => `${command.file}:${command.line}`;

let scratch = '';
const apiServers = new Map<string, Promise<RunningServer>>();

function apiServerFor(env: Record<string, string>): Promise<RunningServer> {
  const key = JSON.stringify(env);
  let server = apiServers.get(key);
  if (!server) {
    const dataDir = join(scratch, `api-${apiServers.size}`);
    server = startServer(readConfig({ PORT: '0', HOST: '127.0.0.1', WIREDIFF_DATA_DIR: dataDir, WIREDIFF_WORKERS: '1', WIREDIFF_WEB_DIR: 'none', ...env }), { logger: { error: () => {} } });
    apiServers.set(key, server);
  }
  return server;
}

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'wirediff-readme-'));
  for (const built of ['apps/cli/dist/main.js', 'apps/api/dist/server.js']) {
    if (!existsSync(join(REPO, built))) throw new Error(`${built} is missing: the README commands run the built CLI and API; run \`npm run build\` first (npm test does)`);
  }
});

afterAll(async () => {
  for (const server of apiServers.values()) await (await server).close();
  for (const schema of postgresSchemas) await dropSchema(schema);
  await rm(scratch, { recursive: true, force: true });
  const width = Math.max(...results.map((result) => result.where.length));
  console.info(`README commands (${results.length}):\n${results.map((result) => `  ${result.where.padEnd(width)}  ${result.result.padEnd(9)}  ${result.command}`).join('\n')}`);
});

describe('README command lines', () => {
  test('the READMEs have command lines, and every NOT_RUN entry still names one', () => {
    expect(allCommands.length).toBeGreaterThan(20);
    for (const [pattern] of NOT_RUN) expect(allCommands.some((command) => pattern.test(command.command)), `${pattern} matches no README line any more`).toBe(true);
  });

  test.each(allCommands.filter((command) => notRunReason(command.command) !== undefined).map((command) => [describeWhere(command), command] as const))('%s is not run, with a reason', (where, command) => {
    const reason = notRunReason(command.command)!;
    expect(reason.length).toBeGreaterThan(20);
    results.push({ where, command: command.command, result: 'not run' });
  });

  const servers = allCommands.filter((command) => notRunReason(command.command) === undefined && serverOf(command.command) !== undefined);
  test.each(servers.map((command) => [describeWhere(command), command] as const))('%s starts a server that answers', async (where, command) => {
    const server = serverOf(command.command)!;
    const port = await freePort();
    // As written, except for the port: 8787 may be taken on a shared machine.
    const script = `exec ${command.command.replace(/\s*&$/u, '').replace(/--port 8787\b/u, `--port ${port}`)}`;
    const env = newcomerEnv({ PORT: String(port), HOST: '127.0.0.1', WIREDIFF_DATA_DIR: join(scratch, `server-${port}`), WIREDIFF_WORKERS: '1' });
    const child = spawn('bash', ['-c', script], { cwd: REPO, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`not ready after 90 s:\n${output}`)), 90_000);
        const onData = (chunk: Buffer): void => {
          // Vite colours its banner; the address is what matters.
          output += chunk.toString().replace(/\u001b\[[0-9;]*m/gu, '');
          const found = server.ready.exec(output);
          if (found) {
            clearTimeout(timer);
            resolve(found[1]!);
          }
        };
        child.stdout.on('data', onData);
        child.stderr.on('data', onData);
        child.once('exit', (code) => reject(new Error(`exited with ${code} before it was ready:\n${output}`)));
      });
      const response = await fetch(server.api ? `${url}/v1/health` : url);
      expect(response.status, output).toBe(200);
      results.push({ where, command: command.command, result: 'ran' });
    } finally {
      // The whole process group: pnpm and npx start the server as a child.
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        // already gone
      }
      await new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));
    }
  }, 120_000);

  // Lines of one block run in one shell, in order, so `id=$(…)` carries to the next line.
  const shellLines = allCommands.filter((command) => notRunReason(command.command) === undefined && serverOf(command.command) === undefined);
  const blocks = [...new Map(shellLines.map((command) => [`${command.file}#${command.block}`, shellLines.filter((other) => other.file === command.file && other.block === command.block)])).entries()];
  test.each(blocks)('%s runs as written', async (_name, commands) => {
    const out = join(scratch, `block-${Math.random().toString(36).slice(2)}`);
    const existedBefore = new Set(readdirSync(REPO));
    const lines = ['set -u', `mkdir -p '${out}'`];
    const suffix = `${process.pid}_${randomBytes(3).toString('hex')}`;
    const postgres = commands.some((command) => command.text.match(README_POSTGRES) !== null) ? await postgresProblem() : null;
    if (postgres !== null) {
      console.warn(postgresSkipNotice('README lines on PostgreSQL', postgres));
    }
    const skipped = new Set<number>();
    for (const [index, command] of commands.entries()) {
      let text = command.text;
      if (text.match(README_POSTGRES)) {
        if (postgres !== null) {
          skipped.add(index);
          lines.push(`echo 0 >'${out}/${index}.status'; : >'${out}/${index}.out'; : >'${out}/${index}.err'`);
          continue;
        }
        text = text.replace(README_POSTGRES, (_url, schema: string) => {
          postgresSchemas.add(`${schema}_${suffix}`);
          return `${TEST_POSTGRES_URL}?schema=${schema}_${suffix}`;
        });
      }
      if (text.includes(API_ADDRESS)) {
        const server = await apiServerFor(command.serverEnv);
        text = text.replaceAll(API_ADDRESS, `127.0.0.1:${server.port}`);
      }
      lines.push(`{\n${text}\n} >'${out}/${index}.out' 2>'${out}/${index}.err'; echo $? >'${out}/${index}.status'`);
      // An assignment (`id=$(curl …)`) prints nothing; what it assigned is its output.
      const assigned = ASSIGNMENT.exec(command.command)?.[1];
      if (assigned !== undefined) lines.push(`printf '%s' "\${${assigned}:-}" >'${out}/${index}.out'`);
    }
    try {
      // Archive lines (`wirediff archive add …`) write into the data folder: a temp one, never ./data.
      const script = await runScript(lines.join('\n'), newcomerEnv({ WIREDIFF_DATA_DIR: join(out, 'data') }), 240_000);
      expect(script.code, script.output).toBe(0);
      for (const [index, command] of commands.entries()) {
        const where = describeWhere(command);
        if (skipped.has(index)) {
          results.push({ where, command: command.command, result: 'not run (no PostgreSQL)' });
          continue;
        }
        const result: CommandResult = {
          status: Number(readFileSync(join(out, `${index}.status`), 'utf8')),
          stdout: readFileSync(join(out, `${index}.out`), 'utf8'),
          stderr: readFileSync(join(out, `${index}.err`), 'utf8'),
        };
        const context = `${where}: ${command.command}\nstdout: ${result.stdout.slice(0, 2000)}\nstderr: ${result.stderr.slice(0, 2000)}`;
        expect(result.status, context).toBe(0);
        const target = REDIRECT_TARGET.exec(command.command)?.[1];
        if (target !== undefined) {
          const written = readFileSync(join(REPO, target), 'utf8');
          expect(written.length, context).toBeGreaterThan(0);
          if (target.endsWith('.json')) expect(() => JSON.parse(written), context).not.toThrow();
          if (target.endsWith('.html')) expect(written, context).toMatch(/^<!doctype html>/u);
          if (target.endsWith('.csv')) expect(written.split('\r\n').length, context).toBeGreaterThan(1);
        } else {
          expect(result.stdout.length, context).toBeGreaterThan(0);
        }
        if (command.command.startsWith('curl') || command.command.includes('$(curl')) {
          // curl -s exits 0 on an HTTP error: the answer must not be one.
          const body = result.stdout.trim();
          if (/^\d{3}$/u.test(body)) expect(Number(body), context).toBeLessThan(300);
          else expect(body, context).not.toMatch(/"status":\s*[45]\d\d/u);
        }
        results.push({ where, command: command.command, result: 'ran' });
      }
    } finally {
      // The files the commands wrote (report.json, …), never one that was there before.
      for (const command of commands) {
        const target = REDIRECT_TARGET.exec(command.command)?.[1];
        if (target !== undefined && !target.includes('/') && !existedBefore.has(target) && existsSync(join(REPO, target)) && statSync(join(REPO, target)).isFile()) rmSync(join(REPO, target));
      }
    }
  }, 300_000);
});
