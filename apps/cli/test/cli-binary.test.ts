import { execFile, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENV_VARS } from '@wirediff/api';
import { MATCH_KINDS, type ComparisonReport } from '@wirediff/match';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

// The real entry point in a child process, from source (tsx plus the workspace's source
// condition) so the test never runs a stale dist/.
const CLI_ROOT = fileURLToPath(new URL('..', import.meta.url));
const MAIN = join(CLI_ROOT, 'src', 'main.ts');
const WIRE = join(CLI_ROOT, 'examples', 'wire.txt');
const OUTLET = join(CLI_ROOT, 'examples', 'outlet.txt');
const ESC = '\u001b[';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function runCli(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const baseEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => !['FORCE_COLOR', 'NO_COLOR', 'NODE_OPTIONS'].includes(name)));
  return new Promise((resolve) => {
    execFile(process.execPath, ['--conditions=@wirediff/source', '--import', 'tsx', MAIN, ...args], { cwd: CLI_ROOT, env: { ...baseEnv, ...env }, maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

function expectUsageError(run: Run, message: RegExp): void {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).toMatch(message);
  expect(run.stderr).toMatch(/^wirediff: /u);
  expect(run.stderr.trim().split('\n')).toHaveLength(1); // one line: no stack trace
}

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wirediff-cli-bin-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('wirediff (top level)', () => {
  test('--help prints usage and exits 0', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: wirediff <command>/u);
    expect(run.stdout).toContain('compare');
    expect(run.stdout).toContain('serve');
  });
  test('--version prints the package version', async () => {
    const { version } = JSON.parse(readFileSync(join(CLI_ROOT, 'package.json'), 'utf8')) as { version: string };
    const run = await runCli(['--version']);
    expect(run).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });
  test('no command prints usage on stderr and exits 2', async () => {
    const run = await runCli([]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^Usage: wirediff/u);
  });
  test('an unknown command is a usage error', async () => {
    expectUsageError(await runCli(['diff', 'a', 'b']), /unknown command 'diff'/u);
  });
});

describe('wirediff compare: errors', () => {
  const cases: Array<[string, () => string[], RegExp]> = [
    ['one file', () => ['compare', WIRE], /at least 2 files, got 1/u],
    ['a missing file', () => ['compare', WIRE, join(dir, 'missing.txt')], /cannot read '.*missing\.txt': no such file/u],
    ['a directory', () => ['compare', WIRE, dir], /is a directory/u],
    ['a bad --min-score', () => ['compare', WIRE, OUTLET, '--min-score', '2'], /--min-score must be a number from 0 to 1, got '2'/u],
    ['an unknown flag', () => ['compare', WIRE, OUTLET, '--fast'], /Unknown option '--fast'/u],
  ];
  test.each(cases)('%s exits 2 with one line on stderr', async (_name, args, message) => {
    expectUsageError(await runCli(args()), message);
  });
});

describe('wirediff compare: output', () => {
  test('--json prints a report with the contract shape', async () => {
    const run = await runCli(['compare', WIRE, OUTLET, '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as ComparisonReport;
    const texts = [readFileSync(WIRE, 'utf8'), readFileSync(OUTLET, 'utf8')];
    expect(report.schemaVersion).toBe(1);
    expect(report.documents.map((document) => document.outlet)).toEqual(['wire.txt', 'outlet.txt']);
    expect(Object.keys(report.options).sort()).toEqual(['language', 'minScore', 'timeBudgetMs']);
    expect(report.matches.length).toBeGreaterThanOrEqual(3); // the example pair is built to share much of its text
    for (const match of report.matches) {
      expect(MATCH_KINDS).toContain(match.kind);
      expect(match.score).toBeGreaterThanOrEqual(0);
      expect(match.score).toBeLessThanOrEqual(1);
      expect(match.sides).toHaveLength(2);
      for (const side of match.sides) {
        const text = texts[side.document]!;
        for (const [start, end] of side.spans) expect(0 <= start && start <= end && end <= text.length).toBe(true);
      }
    }
    for (const [index, document] of report.documents.entries()) {
      for (const sentence of document.sentences) expect(sentence.end).toBeLessThanOrEqual(texts[index]!.length);
      expect(document.stats.reusedShare).toBeGreaterThan(0);
    }
  });

  test('--min-score leaves out lower-scoring matches', async () => {
    const all = JSON.parse((await runCli(['compare', WIRE, OUTLET, '--json', '--min-score', '0'])).stdout) as ComparisonReport;
    const strict = JSON.parse((await runCli(['compare', WIRE, OUTLET, '--json', '--min-score', '0.9'])).stdout) as ComparisonReport;
    expect(strict.options.minScore).toBe(0.9);
    expect(strict.matches.every((match) => match.score >= 0.9)).toBe(true);
    expect(strict.matches.length).toBeLessThan(all.matches.length);
  });

  test('the text report is plain when piped, coloured with FORCE_COLOR, plain again with FORCE_COLOR=0', async () => {
    const plain = await runCli(['compare', WIRE, OUTLET]);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toMatch(/^Documents\n/u);
    expect(plain.stdout).toMatch(/wire\.txt\s+\d+\s+\d+%\s+\d+%/u);
    expect(plain.stdout).toMatch(/\n#\d+ (verbatim|edited|paraphrase|partial) [01]\.\d\d {2}\S+ s\d+/u);
    expect(plain.stdout).not.toContain(ESC);
    const coloured = await runCli(['compare', WIRE, OUTLET], { FORCE_COLOR: '1' });
    expect(coloured.stdout).toContain(ESC);
    const off = await runCli(['compare', WIRE, OUTLET], { FORCE_COLOR: '0' });
    expect(off.stdout).not.toContain(ESC);
  });

  test('a cp1252 file reads the same as its UTF-8 copy', async () => {
    const text = 'The council said it was \u201cdisappointed\u201d \u2013 and would appeal.\n\nA second paragraph follows here.';
    const cp1252 = Buffer.from(text.replace('\u201c', '\u0093').replace('\u201d', '\u0094').replace('\u2013', '\u0096'), 'latin1');
    await writeFile(join(dir, 'old.txt'), cp1252);
    await writeFile(join(dir, 'new.txt'), text, 'utf8');
    const run = await runCli(['compare', join(dir, 'old.txt'), join(dir, 'new.txt'), '--json']);
    const report = JSON.parse(run.stdout) as ComparisonReport;
    const [fromCp1252, fromUtf8] = report.documents;
    // Same decoded text: the same sentences at the same offsets, every one a verbatim match.
    expect(fromCp1252!.stats.characters).toBe(fromUtf8!.stats.characters);
    expect(fromCp1252!.sentences.map(({ start, end }) => [start, end])).toEqual(fromUtf8!.sentences.map(({ start, end }) => [start, end]));
    expect(report.matches.length).toBeGreaterThan(0);
    expect(report.matches.every((match) => match.kind === 'verbatim')).toBe(true);
  });
});

describe('wirediff serve', () => {
  test('--help lists every environment variable the API reads', async () => {
    const run = await runCli(['serve', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: wirediff serve/u);
    for (const envVar of ENV_VARS) expect(run.stdout).toContain(envVar.name);
  });
  test('a bad --port is a usage error', async () => {
    expectUsageError(await runCli(['serve', '--port', 'eighty']), /--port must be an integer/u);
  });
  test('starts the API on the given port, answers, and stops cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, ['--conditions=@wirediff/source', '--import', 'tsx', MAIN, 'serve', '--port', '0', '--host', '127.0.0.1'], {
      cwd: CLI_ROOT,
      env: { ...process.env, WIREDIFF_DATA_DIR: join(dir, 'data'), WIREDIFF_WORKERS: '1', WIREDIFF_WEB_DIR: 'none' },
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const found = /listening on (http:\/\/\S+)/u.exec(out);
        if (found) resolve(found[1]!);
      });
      child.once('exit', () => reject(new Error(`serve exited before listening: ${out}`)));
    });
    const response = await fetch(`${url}/v1/compare`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ documents: [{ text: readFileSync(WIRE, 'utf8') }, { text: readFileSync(OUTLET, 'utf8') }] }),
    });
    expect(response.status).toBe(200);
    const report = (await response.json()) as ComparisonReport;
    expect(report.schemaVersion).toBe(1);
    expect(report.documents).toHaveLength(2);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 60_000);
  test('file arguments are refused', async () => {
    expectUsageError(await runCli(['serve', 'a.txt']), /serve takes no file arguments/u);
  });
});
