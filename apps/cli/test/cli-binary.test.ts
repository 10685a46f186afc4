import { spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENV_VARS } from '@wirediff/api';
import { writeDocx, writePdf } from '@wirediff/extract/testing';
import { MATCH_KINDS, type ComparisonReport } from '@wirediff/match';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BatchJson } from '../src/commands/batch.js';
import type { CompareJson } from '../src/output/comparison-output.js';

// The real entry point in a child process, from source (tsx plus the workspace's source
// condition) so the test never runs a stale dist/; readme-commands.test.ts runs the built one.
const CLI_ROOT = fileURLToPath(new URL('..', import.meta.url));
const MAIN = join(CLI_ROOT, 'src', 'main.ts');
const EXAMPLES = join(CLI_ROOT, 'examples');
const WIRE = join(EXAMPLES, 'wire.txt');
const OUTLET = join(EXAMPLES, 'outlet.txt');
const GAZETTE = join(EXAMPLES, 'gazette.txt');
const ISLANDER = join(EXAMPLES, 'islander.html');
const FEED = join(EXAMPLES, 'outlets.jsonl');
const ESC = '\u001b[';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function runCli(args: string[], options: { env?: Record<string, string>; stdin?: string | Buffer } = {}): Promise<Run> {
  const baseEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => !['FORCE_COLOR', 'NO_COLOR', 'NODE_OPTIONS', 'SOURCE_DATE_EPOCH'].includes(name)));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--conditions=@wirediff/source', '--import', 'tsx', MAIN, ...args], { cwd: CLI_ROOT, env: { ...baseEnv, ...options.env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(options.stdin ?? '');
  });
}

// Runs whose output several tests read are started once.
const shared = new Map<string, Promise<Run>>();
function runShared(args: string[]): Promise<Run> {
  const key = JSON.stringify(args);
  let run = shared.get(key);
  if (!run) {
    run = runCli(args);
    shared.set(key, run);
  }
  return run;
}

function expectUsageError(run: Run, message: RegExp): void {
  expect(run.stdout).toBe('');
  expect(run.stderr).toMatch(message);
  expect(run.stderr).toMatch(/^wirediff: /u);
  expect(run.stderr.trim().split('\n')).toHaveLength(1); // one line: no stack trace
  expect(run.code).toBe(2);
}

function parseJson<T>(run: Run): T {
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as T;
}

const read = (path: string): string => readFileSync(path, 'utf8');

let dir = '';
const temp = (name: string): string => join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wirediff-cli-bin-'));
  // The outlet's article as a Word file and as a PDF, built in memory (no binary fixtures).
  const paragraphs = read(OUTLET).split(/\n\s*\n/u).map((paragraph) => paragraph.replace(/\s+/gu, ' ').trim());
  await writeFile(temp('outlet.docx'), writeDocx(paragraphs, { title: 'Ferry to end', created: '2025-02-11T16:05:00Z' }));
  // Helvetica via WinAnsi: keep the PDF's text to plain ASCII quotes.
  await writeFile(temp('outlet.pdf'), writePdf([paragraphs.slice(0, 6).join('\n').replace(/[\u201c\u201d]/gu, '"').replace(/\u2019/gu, "'")], { title: 'Ferry PDF' }));
  await writeFile(temp('locked.pdf'), writePdf(['Secret.'], { encrypted: true }));
  await writeFile(temp('bad.jsonl'), '{"text":"Fine."}\n{"text": 42}\n');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('wirediff (top level)', () => {
  test('--help prints usage and exits 0', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: wirediff <command>/u);
    for (const command of ['compare', 'batch', 'serve']) expect(run.stdout).toContain(command);
  });
  test('--version prints the package version', async () => {
    const { version } = JSON.parse(read(join(CLI_ROOT, 'package.json'))) as { version: string };
    expect(await runCli(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });
  test('no command prints usage on stderr and exits 2', async () => {
    const run = await runCli([]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^Usage: wirediff/u);
  });
  test('an unknown command is a usage error', async () => {
    expectUsageError(await runCli(['diff', 'a', 'b']), /unknown command 'diff'/u);
  });
  test('the committed launcher says to build when dist/ is missing', async () => {
    await mkdir(temp('unbuilt/bin'), { recursive: true });
    await copyFile(join(CLI_ROOT, 'bin', 'wirediff.js'), temp('unbuilt/bin/wirediff.js'));
    await writeFile(temp('unbuilt/package.json'), '{"type":"module"}');
    const run = await new Promise<Run>((resolve) => {
      const child = spawn(process.execPath, [temp('unbuilt/bin/wirediff.js'), '--version']);
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.once('close', (code) => resolve({ code: code ?? -1, stdout: '', stderr }));
    });
    expectUsageError(run, /the CLI is not built yet; run `npm run build`/u);
    expect((await readFile(join(CLI_ROOT, 'bin', 'wirediff.js'), 'utf8')).startsWith('#!/usr/bin/env node\n')).toBe(true);
  });
});

describe('usage errors: exit 2 with one line on stderr', () => {
  const cases: Array<[string, () => string[], RegExp, string?]> = [
    ['one file', () => ['compare', WIRE], /compare needs at least 2 articles, got 1/u],
    ['a missing file', () => ['compare', WIRE, temp('missing.txt')], /cannot read '.*missing\.txt': no such file/u],
    ['a directory', () => ['compare', WIRE, dir], /is a directory/u],
    ['a bad --min-score', () => ['compare', WIRE, OUTLET, '--min-score', '2'], /--min-score must be a number from 0 to 1, got '2'/u],
    ['a negative --min-score', () => ['compare', WIRE, OUTLET, '--min-score', '-0.5'], /--min-score must be a number from 0 to 1, got '-0\.5'/u],
    ['an unknown flag', () => ['compare', WIRE, OUTLET, '--fast'], /Unknown option '--fast'/u],
    ['an unknown format', () => ['compare', WIRE, OUTLET, '--format', 'xml'], /--format must be one of text, json, csv, html/u],
    ['a comma list for --outlet', () => ['compare', WIRE, OUTLET, '--outlet', 'PA,Post'], /--outlet was given 1 time for 2 files/u],
    ['a bad --published-at', () => ['compare', WIRE, OUTLET, '--published-at', 'Tuesday', '--published-at', ''], /--published-at 'Tuesday' is not a date/u],
    ['a bad --fail-above', () => ['compare', WIRE, OUTLET, '--fail-above', '150%'], /--fail-above must be a share from 0 to 1/u],
    ['a .doc file', () => ['compare', WIRE, temp('old.doc')], /\.doc files are not supported/u],
    ['an encrypted PDF', () => ['compare', WIRE, temp('locked.pdf')], /cannot read '.*locked\.pdf': it is encrypted/u],
    ['a bad feed line', () => ['compare', WIRE, '--feed', temp('bad.jsonl')], /feed '.*bad\.jsonl', line 2: "text" must be a string/u],
    ['stdin named twice', () => ['compare', '-', '--feed', '-'], /standard input \('-'\) can be read only once/u],
    ['batch without articles', () => ['batch', WIRE], /batch needs at least one article besides the source/u],
    ['batch as HTML', () => ['batch', WIRE, OUTLET, '--format', 'html'], /batch has no HTML report/u],
  ];
  test.each(cases)('%s', async (_name, args, message) => {
    expectUsageError(await runCli(args()), message);
  });
});

describe('wirediff compare: formats', () => {
  test('--format json (and --json): the report contract beside the inputs, the library ids, 0-based indexes', async () => {
    const output = parseJson<CompareJson>(await runCli(['compare', WIRE, OUTLET, '--format', 'json']));
    expect(parseJson<CompareJson>(await runShared(['compare', WIRE, OUTLET, '--json']))).toEqual(output);
    const { report, inputs } = output;
    const texts = [read(WIRE), read(OUTLET)];
    expect(report.schemaVersion).toBe(1);
    expect(report.documents.map((document) => [document.id, document.outlet])).toEqual([
      ['doc-1', 'wire.txt'],
      ['doc-2', 'outlet.txt'],
    ]);
    expect(inputs).toEqual([
      { id: 'doc-1', path: WIRE, format: 'text', outlet: 'wire.txt', text: texts[0] },
      { id: 'doc-2', path: OUTLET, format: 'text', outlet: 'outlet.txt', text: texts[1] },
    ]);
    expect(Object.keys(report.options).sort()).toEqual(['language', 'minScore', 'timeBudgetMs']);
    expect(report.matches.length).toBeGreaterThanOrEqual(3); // the example pair is built to share much of its text
    for (const match of report.matches) {
      expect(MATCH_KINDS).toContain(match.kind);
      expect(match.sides.map((side) => side.document)).toEqual([0, 1]);
      for (const side of match.sides) for (const [start, end] of side.spans) expect(0 <= start && start <= end && end <= texts[side.document]!.length).toBe(true);
    }
  });

  test('--format text: shares that add up, sentences counted from 1 with their text, added sentences', async () => {
    const run = await runShared(['compare', WIRE, OUTLET]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Articles\n/u);
    for (const [, reused, added] of run.stdout.matchAll(/^\d+ {2}\S+ +\d+ +(\d+)% +(\d+)%/gmu)) expect(Number(reused) + Number(added)).toBe(100);
    expect(run.stdout).toMatch(/\n1\. (verbatim|edited|paraphrase|partial) [01]\.\d\d {2}wire\.txt sentences? \d+/u);
    expect(run.stdout).not.toMatch(/\bs\d+\b/u);
    expect(run.stdout).toContain('Added in outlet.txt');
    expect(run.stdout).toContain("sentence 11: The Post understands that at least two councillors who voted for the closure had promised to save the ferry during last year's election campaign.");
    expect(run.stdout).not.toContain(ESC);
  });

  test('--format csv: one formula-safe row per match', async () => {
    const run = await runCli(['compare', WIRE, OUTLET, '--format', 'csv']);
    expect(run.code).toBe(0);
    const report = parseJson<CompareJson>(await runShared(['compare', WIRE, OUTLET, '--json'])).report;
    const lines = run.stdout.trimEnd().split('\r\n');
    expect(lines[0]).toBe('match_id,kind,score,article_a,outlet_a,sentences_a,text_a,article_b,outlet_b,sentences_b,text_b');
    expect(lines).toHaveLength(1 + report.matches.length);
  });

  test("--format html: the web app's printable report, reproducible with SOURCE_DATE_EPOCH", async () => {
    const env = { SOURCE_DATE_EPOCH: '1739290000' };
    const first = await runCli(['compare', WIRE, OUTLET, '--format', 'html'], { env });
    const second = await runCli(['compare', WIRE, OUTLET, '--format', 'html'], { env });
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^<!doctype html>/u);
    expect(first.stdout).toContain('<title>wirediff report: wire.txt vs outlet.txt</title>');
    expect(first.stdout).not.toMatch(/<script/iu);
    expect(first.stdout).toBe(second.stdout);
  });

  test('the text report is plain when piped, coloured with FORCE_COLOR, plain again with FORCE_COLOR=0', async () => {
    expect((await runCli(['compare', WIRE, OUTLET], { env: { FORCE_COLOR: '1' } })).stdout).toContain(ESC);
    expect((await runCli(['compare', WIRE, OUTLET], { env: { FORCE_COLOR: '0' } })).stdout).not.toContain(ESC);
  });

  test('--min-score leaves out lower-scoring matches', async () => {
    const all = parseJson<CompareJson>(await runCli(['compare', WIRE, OUTLET, '--json', '--min-score', '0'])).report;
    const strict = parseJson<CompareJson>(await runCli(['compare', WIRE, OUTLET, '--json', '--min-score', '0.8'])).report;
    expect(strict.options.minScore).toBe(0.8);
    expect(strict.matches.every((match) => match.score >= 0.8)).toBe(true);
    expect(strict.matches.length).toBeLessThan(all.matches.length);
  });
});

describe('wirediff compare: inputs', () => {
  test("'-' reads an article from standard input: the same report as from the file", async () => {
    const fromFile = parseJson<CompareJson>(await runShared(['compare', WIRE, OUTLET, '--json']));
    const fromStdin = parseJson<CompareJson>(await runCli(['compare', WIRE, '-', '--json', '--outlet', 'wire.txt', '--outlet', 'outlet.txt'], { stdin: readFileSync(OUTLET) }));
    expect(fromStdin.report).toEqual(fromFile.report);
    expect(fromStdin.inputs[1]).toMatchObject({ path: '-', format: 'text', text: read(OUTLET) });
  });

  test.each([
    ['.docx', 'outlet.docx', 'docx', 'Ferry to end'],
    ['.pdf', 'outlet.pdf', 'pdf', 'Ferry PDF'],
  ])('%s is read through the extractor, with its title and date', async (_name, file, format, title) => {
    const { report, inputs } = parseJson<CompareJson>(await runCli(['compare', WIRE, temp(file), '--json']));
    expect(inputs[1]).toMatchObject({ format, title, outlet: file });
    expect(report.documents[1]!.title).toBe(title);
    expect(report.matches.length).toBeGreaterThanOrEqual(2);
    for (const match of report.matches) for (const [start, end] of match.sides[1].spans) expect(end).toBeLessThanOrEqual(inputs[1]!.text.length);
  });

  test('.html is read as the article, not the markup; its publication time is kept', async () => {
    const { report, inputs } = parseJson<CompareJson>(await runCli(['compare', WIRE, ISLANDER, '--json']));
    expect(inputs[1]).toMatchObject({ format: 'html', publishedAt: '2025-02-11T18:40:00Z' });
    expect(inputs[1]!.text).not.toMatch(/<|Subscribe|Home/u);
    expect(report.documents[1]!.publishedAt).toBe('2025-02-11T18:40:00Z');
    expect(report.matches.length).toBeGreaterThanOrEqual(3);
  });

  test('a cp1252 file reads the same as its UTF-8 copy', async () => {
    const text = 'The council said it was \u201cdisappointed\u201d \u2013 and would appeal.\n\nA second paragraph follows here.';
    await writeFile(temp('old.txt'), Buffer.from(text.replace('\u201c', '\u0093').replace('\u201d', '\u0094').replace('\u2013', '\u0096'), 'latin1'));
    await writeFile(temp('new.txt'), text, 'utf8');
    const { report, inputs } = parseJson<CompareJson>(await runCli(['compare', temp('old.txt'), temp('new.txt'), '--json']));
    expect(inputs[0]!.text).toBe(text);
    expect(report.matches.length).toBeGreaterThan(0);
    expect(report.matches.every((match) => match.kind === 'verbatim')).toBe(true);
  });

  test('a JSONL feed (here on standard input) adds its articles with their ids, outlets and times', async () => {
    const { report, inputs } = parseJson<CompareJson>(await runCli(['compare', WIRE, '--feed', '-', '--json'], { stdin: readFileSync(FEED) }));
    expect(report.documents.map((document) => document.id)).toEqual(['doc-1', 'post-1', 'post-2', 'radio-1']);
    expect(report.documents[3]!.outlet).toBe('Radio Porthaven, News Desk');
    expect(inputs.slice(1).map((input) => [input.path, input.line])).toEqual([
      ['-', 1],
      ['-', 2],
      ['-', 3],
    ]);
  });

  test('--outlet names may contain commas; --published-at names each shared statement\'s origin', async () => {
    const args = ['compare', WIRE, OUTLET, GAZETTE, '--outlet', 'Northsea Wire, Oslo', '--outlet', 'Porthaven Post', '--outlet', 'Gazette'];
    const times = ['--published-at', '2025-02-11T14:00Z', '--published-at', '2025-02-11T16:05Z', '--published-at', '2025-02-12T06:00Z'];
    const { report } = parseJson<CompareJson>(await runCli([...args, ...times, '--json']));
    expect(report.documents.map((document) => document.outlet)).toEqual(['Northsea Wire, Oslo', 'Porthaven Post', 'Gazette']);
    expect(report.documents.map((document) => document.publishedAt)).toEqual(['2025-02-11T14:00Z', '2025-02-11T16:05Z', '2025-02-12T06:00Z']);
    const origins = report.clusters.map((cluster) => cluster.origin?.document);
    expect(origins.length).toBeGreaterThan(0);
    expect(origins.every((origin) => origin === 0)).toBe(true);
    const text = await runCli([...args, ...times]);
    expect(text.stdout).toContain('\nPairs\n');
    expect(text.stdout).toMatch(/Porthaven Post: \d+ of its \d+ reused sentences likely taken from Northsea Wire, Oslo/u);
  });
});

describe('exit codes: --fail-above', () => {
  test.each([
    ['nothing above 99%', ['--fail-above', '0.99'], 0, ''],
    ['both above 10%', ['--fail-above', '10%'], 1, /^wirediff: 2 articles reuse more than 10%: wire\.txt \(\d+%\), outlet\.txt \(\d+%\)\n$/u],
    ['without the flag', [], 0, ''],
  ] as const)('%s', async (_name, flags, code, stderr) => {
    const run = await runCli(['compare', WIRE, OUTLET, '--format', 'json', ...flags]);
    expect(run.code).toBe(code);
    if (typeof stderr === 'string') expect(run.stderr).toBe(stderr);
    else expect(run.stderr).toMatch(stderr);
    expect(JSON.parse(run.stdout)).toHaveProperty('report'); // the report is printed either way
  });
});

describe('wirediff batch', () => {
  test('text: one row per article compared with the source, per-outlet totals when an outlet repeats', async () => {
    const run = await runCli(['batch', WIRE, OUTLET, GAZETTE, '--feed', FEED]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Source: wire\.txt \(\d+ sentences\)\n/u);
    expect(run.stdout).toContain('Compared with it (5)');
    expect(run.stdout).toMatch(/\n {0,2}2 {2}outlet\.txt /u);
    expect(run.stdout).toContain('By outlet');
    expect(run.stdout).toMatch(/\nPorthaven Post +2 /u);
  });
  test('json: every input once, each comparison naming its two inputs by index, ids unique across the batch', async () => {
    const output = parseJson<BatchJson>(await runCli(['batch', WIRE, OUTLET, GAZETTE, '--json']));
    expect(output.inputs.map((input) => input.id)).toEqual(['doc-1', 'doc-2', 'doc-3']);
    expect(output.comparisons.map((comparison) => comparison.inputs)).toEqual([
      [0, 1],
      [0, 2],
    ]);
    expect(output.comparisons[1]!.report.documents.map((document) => document.id)).toEqual(['doc-1', 'doc-3']);
    const pair = parseJson<CompareJson>(await runCli(['compare', WIRE, GAZETTE, '--json'])).report;
    expect(output.comparisons[1]!.report.matches).toEqual(pair.matches); // the same as comparing the pair alone
  });
  test('csv: one row per article; --fail-above counts the articles, not the source', async () => {
    const run = await runCli(['batch', WIRE, OUTLET, GAZETTE, '--format', 'csv', '--fail-above', '0.72']);
    const lines = run.stdout.trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^1,doc-2,.*outlet\.txt,,outlet\.txt,/u);
    const shares = lines.slice(1).map((line) => Number(line.split(',')[8]));
    const above = shares.filter((share) => share > 0.72).length;
    expect(run.code).toBe(above > 0 ? 1 : 0);
    expect(run.stderr).toEqual(above > 0 ? expect.stringMatching(new RegExp(`^wirediff: ${above} articles? reuses? more than 72%`, 'u')) : '');
  });
});

describe('progress', () => {
  test('--progress reports on stderr (a start and an end line when it is not a terminal) and changes nothing in the report', async () => {
    const plain = parseJson<CompareJson>(await runShared(['compare', WIRE, OUTLET, '--json']));
    const run = await runCli(['compare', WIRE, OUTLET, '--json', '--progress']);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^wirediff: comparing 2 articles \(\d+ characters\) …\nwirediff: comparing 2 articles \(\d+ characters\): done in \d+\.\d s\n$/u);
    expect(JSON.parse(run.stdout)).toEqual(plain);
  });
  test('piped output gets no progress line unless asked', async () => {
    expect((await runCli(['batch', WIRE, OUTLET])).stderr).toBe('');
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
      body: JSON.stringify({ documents: [{ text: read(WIRE) }, { text: read(OUTLET) }] }),
    });
    expect(response.status).toBe(200);
    const report = (await response.json()) as ComparisonReport;
    expect(report.documents.map((document) => document.id)).toEqual(['doc-1', 'doc-2']); // the ids the CLI prints too
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 60_000);
  test('file arguments are refused', async () => {
    expectUsageError(await runCli(['serve', 'a.txt']), /serve takes no file arguments/u);
  });
});
