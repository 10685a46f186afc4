// `wirediff archive …` end to end: the real entry point in child processes (from source, as
// cli-binary.test.ts runs it, so no stale dist/), on a real SQLite archive in a temp data
// folder (WIREDIFF_DATA_DIR, the server's own rule), one run on the real PostgreSQL.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ArchiveStats, ArchivedDocument, SourcesResult } from '@wirediff/archive';
import { freshSchema, postgresProblem, postgresSkipNotice, TEST_POSTGRES_URL } from '@wirediff/archive/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const CLI_ROOT = fileURLToPath(new URL('..', import.meta.url));
const MAIN = join(CLI_ROOT, 'src', 'main.ts');
// By path: the commands run in temp folders, where `--import tsx` would find no tsx.
const TSX = pathToFileURL(join(CLI_ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
const METER = fileURLToPath(new URL('../../../../shared/datasets/meter/', import.meta.url));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

let dir = '';
let dataDir = '';

function runCli(args: string[], options: { env?: Record<string, string>; stdin?: string; cwd?: string } = {}): Promise<Run> {
  const baseEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => !['FORCE_COLOR', 'NO_COLOR', 'NODE_OPTIONS', 'WIREDIFF_DATABASE_URL'].includes(name)));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--conditions=@wirediff/source', '--import', TSX, MAIN, ...args], { cwd: options.cwd ?? dir, env: { ...baseEnv, WIREDIFF_DATA_DIR: dataDir, ...options.env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(options.stdin ?? '');
  });
}

function expectUsageError(run: Run, message: RegExp): void {
  expect(run.stderr).toMatch(message);
  expect(run.stderr).toMatch(/^wirediff: /u);
  expect(run.stderr.trim().split('\n')).toHaveLength(1);
  expect(run.code).toBe(2);
}

function ok(run: Run): string {
  expect(run.stderr, run.stderr).toBe('');
  expect(run.code).toBe(0);
  return run.stdout;
}

// A made-up story: the wire's report, a paper that copies four of its sentences (one trimmed), and an unrelated piece.
const WIRE = `Harbour board approves new ferry terminal

The Porthaven harbour board voted on Tuesday evening to build a new ferry terminal on the old coal quay, ending three years of argument over the site.
The terminal will cost 14 million euros and is expected to open in the spring of 2027, the board's chairwoman Ingrid Solberg told reporters after the vote.
Fishermen who use the quay had objected that the building work would block their moorings for at least two winters.
The board promised to move the fishing fleet to temporary berths at the north pier until the work is finished.
Ferry operators said the new terminal would allow larger ships to call at Porthaven for the first time since the 1980s.
`;
const COPY = `Ferry terminal gets the green light

After three years of argument, the Porthaven harbour board voted on Tuesday evening to build a new ferry terminal on the old coal quay.
The terminal will cost 14 million euros and is expected to open in the spring of 2027, the board's chairwoman Ingrid Solberg told reporters after the vote.
Fishermen who use the quay had objected that the building work would block their moorings for at least two winters.
The board promised to move the fishing fleet to temporary berths at the north pier until the work is done.
Local shopkeepers welcomed the decision and said more visitors would mean more trade on the high street.
`;
const UNRELATED = `School choir wins regional contest

The children's choir of St Olaf's primary school won the regional singing contest in Bergen on Saturday with a programme of folk songs.
Their teacher said the pupils had rehearsed every lunchtime since September and would now travel to the national final in Oslo in May.
`;

const FEED_LINES = [
  { id: 'feed-1', text: 'Storm warnings were issued for the whole western coast on Friday as forecasters expected winds of up to 120 kilometres an hour by the evening.', outlet: 'Northsea Wire', publishedAt: '2025-02-10T08:00:00Z' },
  { id: 'feed-2', text: 'The national library will open its reading rooms on Sundays from March, the culture minister announced at a press conference in the capital.', title: 'Library Sundays', publishedAt: '2025-02-11' },
  { id: 'feed-3', text: 'A second copy: storm warnings were issued for the whole western coast on Friday as forecasters expected winds of up to 120 kilometres an hour by the evening.', outlet: 'Coast Daily', publishedAt: '2025-02-10T11:30:00Z' },
];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wirediff-archive-cli-'));
  dataDir = join(dir, 'data');
  await writeFile(join(dir, 'wire.txt'), WIRE);
  await writeFile(join(dir, 'copy.txt'), COPY);
  await mkdir(join(dir, 'folder', 'deeper'), { recursive: true });
  await writeFile(join(dir, 'folder', 'unrelated.md'), `# ${UNRELATED}`);
  await writeFile(join(dir, 'folder', 'deeper', 'page.html'), `<!doctype html><html><head><title>Choir news</title></head><body><article><h1>Choir news</h1><p>${UNRELATED.split('\n').slice(2).join(' ')}</p></article></body></html>`);
  await writeFile(join(dir, 'folder', 'notes.bin'), Buffer.from([0, 1, 2, 3])); // not an article: a folder walk skips it
  await writeFile(join(dir, 'feed.jsonl'), `${FEED_LINES.map((line) => JSON.stringify(line)).join('\n')}\n\n`);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('wirediff archive (SQLite in WIREDIFF_DATA_DIR)', () => {
  test('read commands before anything is archived say how to fill it, and create nothing', async () => {
    expectUsageError(await runCli(['archive', 'stats']), /no archive at .*archive\.sqlite yet; fill it with 'wirediff archive add/u);
    expect(existsSync(join(dataDir, 'archive.sqlite'))).toBe(false);
  });

  test('add: files, a folder (article files only, every level) and a JSONL feed; a re-run finds everything unchanged', async () => {
    const first = ok(await runCli(['archive', 'add', 'wire.txt', './copy.txt', 'folder', 'feed.jsonl']));
    expect(first).toMatch(/^7 added, 0 updated, 0 unchanged \(7 articles in \d+\.\d s/u);
    expect(first).toContain(join(dataDir, 'archive.sqlite'));
    const again = ok(await runCli(['archive', 'add', 'wire.txt', 'copy.txt', 'folder', 'feed.jsonl']));
    expect(again).toMatch(/^0 added, 0 updated, 7 unchanged/u);
    const stats = JSON.parse(ok(await runCli(['archive', 'stats', '--format', 'json']))) as ArchiveStats;
    expect(stats.documents).toBe(7);
    // The feed's dated lines are filed under their days; undated files under today.
    expect(stats.days.filter((day) => day.day.startsWith('2025-02-1'))).toEqual([
      { day: '2025-02-10', documents: 2 },
      { day: '2025-02-11', documents: 1 },
    ]);
    expect(ok(await runCli(['archive', 'stats']))).toMatch(/^7 articles, \d+ anchors, filed from 2025-02-10 to \d{4}-\d{2}-\d{2}/u);
  });

  test('ids are the paths relative to the working folder with / separators; show prints the archived text', async () => {
    expect(ok(await runCli(['archive', 'show', 'wire.txt']))).toBe(WIRE);
    const page = JSON.parse(ok(await runCli(['archive', 'show', 'folder/deeper/page.html', '--format', 'json']))) as ArchivedDocument;
    expect(page.title).toBe('Choir news');
    expect(page.text).toContain('rehearsed every lunchtime');
    // The same file named from another folder is the same path, so the same id.
    expect(ok(await runCli(['archive', 'add', '../wire.txt'], { cwd: join(dir, 'folder') }))).toMatch(/^1 added/u);
    expect(ok(await runCli(['archive', 'show', '../wire.txt'], { cwd: join(dir, 'folder') }))).toBe(WIRE);
    expect(ok(await runCli(['archive', 'remove', '../wire.txt'], { cwd: join(dir, 'folder') }))).toBe('removed ../wire.txt\n');
    expectUsageError(await runCli(['archive', 'show', 'folder/notes.bin']), /no archived article 'folder\/notes\.bin'/u);
  });

  test('sources: the copying article lists the wire it copied first, verified, and leaves itself out', async () => {
    const result = JSON.parse(ok(await runCli(['archive', 'sources', 'copy.txt', '--format', 'json']))) as SourcesResult;
    expect(result.hits[0]!.id).toBe('wire.txt');
    expect(result.hits[0]!.verification!.articleReusedShare).toBeGreaterThan(0.5);
    expect(result.hits[0]!.verification!.matchesByKind.verbatim).toBeGreaterThanOrEqual(2);
    expect(result.hits.map((hit) => hit.id)).not.toContain('copy.txt');
    expect(result.hits.map((hit) => hit.id)).not.toContain('folder/unrelated.md');
    const text = ok(await runCli(['archive', 'sources', 'copy.txt']));
    expect(text).toMatch(/^1 candidate source of copy\.txt, best first \(1 verified with compare/u);
    expect(text).toMatch(/\n\s*1 {2}wire\.txt .*\d+% .*\d+ verbatim/u);
    expect(text).toContain('The article itself (copy.txt) is archived and left out.');
    expect(text).toContain('wirediff archive sources copy.txt --open 1');
    // --open 1: the compare report of the article against the archived wire.
    const open = ok(await runCli(['archive', 'sources', 'copy.txt', '--open', '1']));
    expect(open).toContain('wire.txt');
    expect(open).toMatch(/verbatim/u);
    expect(open).toContain('Local shopkeepers welcomed the decision');
  });

  test('sources of a page whose own date does not parse: the date is dropped, the search runs', async () => {
    const page = `<!doctype html><html><head><meta property="article:published_time" content="Tuesday evening"><title>Terminal</title></head><body><article>${COPY.split('\n').filter(Boolean).map((line) => `<p>${line}</p>`).join('')}</article></body></html>`;
    await writeFile(join(dir, 'undated-page.html'), page);
    const result = JSON.parse(ok(await runCli(['archive', 'sources', 'undated-page.html', '--format', 'json']))) as SourcesResult;
    expect(result.hits.map((hit) => hit.id).slice(0, 2).sort()).toEqual(['copy.txt', 'wire.txt']);
  });

  test('sources --before leaves out what was published later', async () => {
    const result = JSON.parse(ok(await runCli(['archive', 'sources', '-', '--before', '2025-02-10T09:00:00Z', '--format', 'json'], { stdin: FEED_LINES[2]!.text }))) as SourcesResult;
    expect(result.hits.map((hit) => hit.id)).toEqual(['feed-1']);
    const none = JSON.parse(ok(await runCli(['archive', 'sources', '-', '--before', '2025-02-10T07:00:00Z', '--format', 'json'], { stdin: FEED_LINES[2]!.text }))) as SourcesResult;
    expect(none.hits).toEqual([]);
  });

  test('dedup: the wire and its copy, the two storm lines and the choir story in two formats cluster; jsonl and csv parse', async () => {
    const jsonl = ok(await runCli(['archive', 'dedup', '--format', 'jsonl']))
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { cluster: number; size: number; origin: string; members: Array<{ id: string }> });
    const sets = jsonl.map((cluster) => cluster.members.map((member) => member.id).sort());
    expect(sets).toContainEqual(['copy.txt', 'wire.txt']);
    expect(sets).toContainEqual(['feed-1', 'feed-3']);
    // The choir story as Markdown and as a web page: the same text in two formats.
    expect(sets).toContainEqual(['folder/deeper/page.html', 'folder/unrelated.md']);
    expect(sets).toHaveLength(3);
    // The storm lines are dated: the earlier one is the origin.
    expect(jsonl.find((cluster) => cluster.members.some((member) => member.id === 'feed-1'))!.origin).toBe('feed-1');
    const csv = ok(await runCli(['archive', 'dedup', '--format', 'csv', '--verify', 'all'])).trimEnd().split('\n');
    expect(csv[0]).toBe('cluster,size,origin,is_origin,id,outlet,published_at,reused_share,contained_in_origin,title');
    expect(csv.slice(1).map((row) => row.split(',')[4]).sort()).toEqual(sets.flat().sort());
    const text = ok(await runCli(['archive', 'dedup']));
    expect(text).toMatch(/^\d+ articles, \d+ candidate pairs \(\d+ verified with compare\), 3 clusters of 2 or more holding 6 articles/u);
    expect(text).toMatch(/Cluster \d: 2 articles, origin feed-1/u);
    const window = ok(await runCli(['archive', 'dedup', '--since', '2025-02-10', '--until', '2025-02-10', '--format', 'jsonl']));
    expect(window.trimEnd().split('\n')).toHaveLength(1);
  });

  test('remove and evict', async () => {
    expect(ok(await runCli(['archive', 'add', '-', '--id', 'scratch-1'], { stdin: 'A short note to remove again.' }))).toMatch(/^1 added/u);
    expect(ok(await runCli(['archive', 'remove', 'scratch-1']))).toBe('removed scratch-1\n');
    expectUsageError(await runCli(['archive', 'remove', 'scratch-1']), /no archived article 'scratch-1'/u);
    expect(ok(await runCli(['archive', 'evict', '--older-than', '2025-02-11']))).toBe('evicted 2 articles filed before 2025-02-11\n');
    const stats = JSON.parse(ok(await runCli(['archive', 'stats', '--format', 'json']))) as ArchiveStats;
    expect(stats.documents).toBe(5);
    expect(stats.firstDay).toBe('2025-02-11');
  });

  test('a feed on standard input with --format jsonl; namespaces are apart', async () => {
    const feed = `${JSON.stringify({ id: 'ns-1', text: WIRE })}\n`;
    expect(ok(await runCli(['archive', 'add', '-', '--format', 'jsonl', '--namespace', 'team-a'], { stdin: feed }))).toMatch(/^1 added, .*, namespace team-a\n$/u);
    const stats = JSON.parse(ok(await runCli(['archive', 'stats', '--format', 'json', '--namespace', 'team-a']))) as ArchiveStats;
    expect(stats.documents).toBe(1);
    expectUsageError(await runCli(['archive', 'show', 'ns-1']), /no archived article 'ns-1' .*namespace default/u);
  });

  const badInputs: Array<[string, string[], RegExp, string?]> = [
    ['a missing file', ['add', 'nope.txt'], /cannot read 'nope\.txt': no such file or folder/u],
    ['a feed line that is not JSON', ['add', 'bad.jsonl'], /feed 'bad\.jsonl', line 2: not JSON/u],
    ['a feed line without an id', ['add', '-', '--format', 'jsonl'], /feed on standard input, line 1: "id" must be a non-empty string/u, '{"text":"no id"}\n'],
    ['a feed line with a bad date', ['add', '-', '--format', 'jsonl'], /line 1: "publishedAt" 'soon' is not a date/u, '{"id":"a","text":"x","publishedAt":"soon"}\n'],
    ['one id twice', ['add', '-', '--format', 'jsonl'], /standard input line 2: id 'a' was already given by standard input line 1/u, '{"id":"a","text":"x"}\n{"id":"a","text":"y"}\n'],
    ['an article on standard input without --id', ['add', '-'], /needs --id/u],
    ['a bad --published-at', ['add', 'wire.txt', '--published-at', 'Tuesday'], /--published-at 'Tuesday' is not a date/u],
    ['a bad --before', ['sources', 'copy.txt', '--before', '2025-13-45'], /--before '2025-13-45' is not a date/u],
    ['a bad --since', ['dedup', '--since', 'last week'], /--since 'last week' is not a date/u],
    ['--until before --since', ['dedup', '--since', '2025-02-11', '--until', '2025-02-10'], /--until 2025-02-10 is before --since 2025-02-11/u],
    ['a bad --verify', ['dedup', '--verify', 'some'], /--verify must be one of borderline, all, none/u],
    ['a bad --limit', ['sources', 'copy.txt', '--limit', '0'], /--limit must be a whole number from 1 to 100, got '0'/u],
    ['--open past the hits', ['sources', 'copy.txt', '--open', '9'], /--open 9: the article has 1 candidate source$/mu],
    ['evict without a date', ['evict'], /needs --older-than/u],
    ['an unknown command', ['sauces'], /unknown archive command 'sauces' \(commands: add, sources, dedup/u],
    ['an unknown flag', ['stats', '--colour'], /Unknown option '--colour'/u],
    ['a PostgreSQL server that is not there', ['stats', '--db', 'postgres://127.0.0.1:1/none'], /cannot open the archive at postgres:\/\/127\.0\.0\.1:1\/none: /u],
  ];
  test.each(badInputs)('%s exits 2 with one clear line', async (_name, args, message, stdin) => {
    await writeFile(join(dir, 'bad.jsonl'), '{"id":"ok","text":"fine"}\n{"id": oops}\n');
    expectUsageError(await runCli(['archive', ...args], stdin === undefined ? {} : { stdin }), message);
  });

  test('help: the archive and every command', async () => {
    expect(ok(await runCli(['archive', '--help']))).toMatch(/^Usage: wirediff archive <command>/u);
    for (const command of ['add', 'sources', 'dedup', 'stats', 'show', 'remove', 'evict']) expect(ok(await runCli(['archive', command, '--help']))).toMatch(new RegExp(`^Usage: wirediff archive ${command}`, 'u'));
    const bare = await runCli(['archive']);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toMatch(/^Usage: wirediff archive/u);
    expect(ok(await runCli(['--help']))).toContain('archive <command>');
  });
});

describe('wirediff archive on METER (../shared)', () => {
  const story = join(METER, 'PA/rawtexts/courts/01.03.00/francis');
  const paper = join(METER, 'newspapers/rawtexts/courts/01.03.00/francis/francis390_telegraph.txt');
  const pound = join(METER, 'newspapers/rawtexts/courts/27.01.00/doctor/doctor730_independent.txt');
  const quotes = join(METER, 'newspapers/rawtexts/courts/29.03.00/stepmother/stepmother445_times.txt');
  const otherWire = join(METER, 'PA/rawtexts/courts/27.01.00/doctor');

  test("a newspaper's sources list its PA take first; cp1252 pound signs and curly quotes decode", async () => {
    const meterData = join(dir, 'meter-data');
    const env = { WIREDIFF_DATA_DIR: meterData };
    // Paths as a user types them from the repository root (../shared/…): ids are those relative paths.
    const repo = fileURLToPath(new URL('../../../', import.meta.url));
    const rel = (path: string): string => path.slice(fileURLToPath(new URL('../../../../', import.meta.url)).length - 1).replace(/^\//u, '../');
    const added = ok(await runCli(['archive', 'add', rel(story), rel(otherWire), rel(paper), rel(pound), rel(quotes)], { env, cwd: repo }));
    expect(added).toMatch(/^\d+ added, 0 updated, 0 unchanged/u);
    const result = JSON.parse(ok(await runCli(['archive', 'sources', rel(paper), '--format', 'json'], { env, cwd: repo }))) as SourcesResult;
    expect(result.hits[0]!.id).toBe('../shared/datasets/meter/PA/rawtexts/courts/01.03.00/francis/francis1.txt');
    expect(result.hits[0]!.verification!.articleReusedShare).toBeGreaterThan(0.5);
    expect(ok(await runCli(['archive', 'show', rel(pound)], { env, cwd: repo }))).toContain('forging the £386,000 will');
    expect(ok(await runCli(['archive', 'show', rel(quotes)], { env, cwd: repo }))).toMatch(/as “deliberate/u);
    // A PA take's ^Y paragraph marks do not make it "binary".
    expect(ok(await runCli(['archive', 'show', rel(join(story, 'francis1.txt'))], { env, cwd: repo }))).toContain('\u0019');
  });
});

const problem = await postgresProblem();
if (problem !== null) console.warn(postgresSkipNotice('PostgreSQL test of wirediff archive', problem));

describe.runIf(problem === null)('wirediff archive on PostgreSQL (WIREDIFF_DATABASE_URL with ?schema=)', () => {
  const { schema, drop } = freshSchema('cli_archive');
  afterAll(drop);

  test('add, re-add, sources and stats land in the schema the URL names', async () => {
    const env = { WIREDIFF_DATABASE_URL: `${TEST_POSTGRES_URL}?schema=${schema}`, WIREDIFF_DATA_DIR: join(dir, 'pg-unused') };
    expect(ok(await runCli(['archive', 'add', 'wire.txt', 'copy.txt', 'folder'], { env }))).toMatch(/^4 added, 0 updated, 0 unchanged .* into postgres:\/\//u);
    expect(ok(await runCli(['archive', 'add', 'wire.txt', 'copy.txt', 'folder'], { env }))).toMatch(/^0 added, 0 updated, 4 unchanged/u);
    const result = JSON.parse(ok(await runCli(['archive', 'sources', 'copy.txt', '--format', 'json'], { env }))) as SourcesResult;
    expect(result.hits[0]!.id).toBe('wire.txt');
    const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
    await client.connect();
    try {
      const { rows } = await client.query<{ count: string }>(`SELECT count(*) FROM ${schema}.archive_ids`);
      expect(Number(rows[0]!.count)).toBe(4);
    } finally {
      await client.end();
    }
    expect(existsSync(join(dir, 'pg-unused'))).toBe(false);
  });
});
