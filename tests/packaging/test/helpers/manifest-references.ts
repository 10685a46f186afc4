import { posix } from 'node:path';

/** What a tarball holds: its package.json and a reader for its other files. */
export interface PackedFiles {
  /** Paths inside the package, `/`-separated, as `pnpm pack --json` lists them. */
  paths: ReadonlySet<string>;
  read(path: string): string;
}

const CODE_FILE = /\.(?:[cm]?js|d\.[cm]?ts)$/;
const DECLARATION_FILE = /\.d\.[cm]?ts$/;
const SOURCE_MAP_URL = /^\/\/# sourceMappingURL=(\S+)\s*$/gm;
/** `from './x.js'`, `import('./x.js')`, `export * from '../y.js'`. */
const RELATIVE_SPECIFIER = /(?:\bfrom|\bimport\s*\()\s*['"](\.{1,2}\/[^'"]+)['"]/g;
/** `new URL('../generated/table.bin', import.meta.url)`: files a module reads next to itself. */
const RELATIVE_URL = /new URL\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*,\s*import\.meta\.url\s*\)/g;

function targets(value: unknown, out: string[]): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) targets(item, out);
  else if (value !== null && typeof value === 'object') for (const item of Object.values(value)) targets(item, out);
  return out;
}

function inPackage(path: string): string {
  return posix.normalize(path).replace(/^\.\//, '');
}

function present(paths: ReadonlySet<string>, path: string): boolean {
  if (!path.includes('*')) return paths.has(path);
  const pattern = new RegExp(`^${path.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.+')}$`);
  return [...paths].some((file) => pattern.test(file));
}

/**
 * Every reference in a packed package that points at a file the tarball does not hold: the
 * manifest's `exports` targets, `main`, `module`, `types`, `typings` and `bin`, and inside the
 * code its relative imports, `new URL(…, import.meta.url)` files, `sourceMappingURL`s and the
 * `sources` of its source maps. Each entry reads `from -> missing`.
 *
 * @example
 * missingReferences({ paths: new Set(['package.json']), read: () => '{"main":"index.js"}' }); // ['package.json main -> index.js']
 */
export function missingReferences(files: PackedFiles): string[] {
  const missing: string[] = [];
  const manifest = JSON.parse(files.read('package.json')) as Record<string, unknown>;
  const fields: Array<[string, unknown]> = [
    ['exports', manifest['exports']],
    ['main', manifest['main']],
    ['module', manifest['module']],
    ['types', manifest['types']],
    ['typings', manifest['typings']],
    ['bin', manifest['bin']],
  ];
  for (const [field, value] of fields) {
    for (const target of targets(value, [])) {
      if (!present(files.paths, inPackage(target))) missing.push(`package.json ${field} -> ${target}`);
    }
  }
  for (const path of files.paths) {
    const dir = posix.dirname(path);
    if (CODE_FILE.test(path)) {
      const code = files.read(path);
      for (const [, url] of code.matchAll(SOURCE_MAP_URL)) {
        if (!url!.startsWith('data:') && !files.paths.has(posix.join(dir, url!))) missing.push(`${path} sourceMappingURL -> ${url}`);
      }
      const specifiers = [...code.matchAll(RELATIVE_SPECIFIER), ...code.matchAll(RELATIVE_URL)].map((match) => match[1]!);
      for (const specifier of specifiers) {
        const target = posix.join(dir, specifier);
        // A declaration file's './x.js' names the declarations of x.js.
        const declaration = target.replace(/\.([cm]?)js$/, '.d.$1ts');
        if (!files.paths.has(target) && !(DECLARATION_FILE.test(path) && files.paths.has(declaration))) missing.push(`${path} import -> ${specifier}`);
      }
    }
    if (path.endsWith('.map')) {
      const map = JSON.parse(files.read(path)) as { sources?: string[]; sourceRoot?: string };
      for (const source of map.sources ?? []) {
        if (!files.paths.has(posix.join(dir, map.sourceRoot ?? '', source))) missing.push(`${path} sources -> ${source}`);
      }
    }
  }
  return missing;
}
