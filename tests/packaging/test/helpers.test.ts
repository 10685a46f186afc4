import { describe, expect, test } from 'vitest';
import { missingReferences, type PackedFiles } from './helpers/manifest-references.js';
import { readmeExamples, withDocumentedChecks } from './helpers/readme-examples.js';

function tarball(files: Record<string, string>): PackedFiles {
  return { paths: new Set(Object.keys(files)), read: (path) => files[path]! };
}

describe('missingReferences', () => {
  const good = {
    'package.json': JSON.stringify({ exports: { '.': { types: './dist/index.d.ts', default: './dist/index.js' }, './data/*': './data/*.json' }, bin: { x: './dist/cli.js' } }),
    'dist/index.js': "export * from './util.js';\nconst table = new URL('../data/a.json', import.meta.url);\n//# sourceMappingURL=index.js.map",
    'dist/index.js.map': JSON.stringify({ version: 3, sources: ['../src/index.ts'] }),
    'dist/index.d.ts': "export * from './util.js';",
    'dist/util.js': 'export const x = 1;',
    'dist/util.d.ts': 'export declare const x = 1;',
    'dist/cli.js': "import('./util.js');",
    'src/index.ts': "export * from './util.js';",
    'data/a.json': '{}',
  };

  test('a package whose references all resolve has none missing', () => {
    expect(missingReferences(tarball(good))).toEqual([]);
  });

  test.each([
    ['an exports target', { 'package.json': JSON.stringify({ exports: { '.': { '@x/source': './src/main.ts' } } }) }, 'package.json exports -> ./src/main.ts'],
    ['a bin', { 'package.json': JSON.stringify({ bin: './bin.js' }) }, 'package.json bin -> ./bin.js'],
    ['an exports pattern', { 'package.json': JSON.stringify({ exports: { './x/*': './x/*.js' } }) }, 'package.json exports -> ./x/*.js'],
    ['a source map', { 'dist/index.js': '//# sourceMappingURL=gone.js.map' }, 'dist/index.js sourceMappingURL -> gone.js.map'],
    ['a source of a map', { 'dist/index.js.map': JSON.stringify({ sources: ['../lib/index.ts'] }) }, 'dist/index.js.map sources -> ../lib/index.ts'],
    ['an import', { 'dist/util.js': "import { y } from './gone.js';" }, 'dist/util.js import -> ./gone.js'],
    ['a file read beside a module', { 'dist/util.js': "new URL('../generated/table.bin', import.meta.url);" }, 'dist/util.js import -> ../generated/table.bin'],
  ])('finds %s that points at a missing file', (_what, change, missing) => {
    expect(missingReferences(tarball({ ...good, ...change }))).toEqual([missing]);
  });
});

describe('README examples', () => {
  test('only blocks that import a wirediff package are examples', () => {
    const markdown = "```sh\nnpm install x\n```\n\n```ts\nimport { a } from '@wirediff/text';\na();\n```\n\n```ts\nconst b = 1;\n```\n";
    expect(readmeExamples(markdown)).toEqual(["import { a } from '@wirediff/text';\na();\n"]);
  });

  test.each([
    ["doc.language; // 'en'", 1],
    ["tokens.map((t) => t.stem); // ['a', 'b']", 1],
    ['similarity(a, b); // { score: 1, kind: null }', 1],
    ['x.kind; // null', 1],
    ['[a, b]; // [undefined, 48]', 1],
    ['share; // 0..1', 0],
    ['text.slice(0, 3); // exactly what the caller wrote', 0],
    ['const [a, b] = match.sides; // a.document < b.document', 0],
    ["console.log(x); // 'printed'", 0],
  ])('%s checks %i value(s)', (line, checks) => {
    expect(withDocumentedChecks(line).checks).toBe(checks);
  });

  test('a checked line becomes an assertion on the expression', () => {
    expect(withDocumentedChecks("  doc.language; // 'en'").source).toContain("  __documented(doc.language, 'en', 1);");
  });
});
