import { lstatSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** What an install put in node_modules. */
export interface InstalledSize {
  /** Bytes of every regular file (symbolic links such as .bin entries count 0). */
  bytes: number;
  /** Bytes under each of the `apart` folders, which `bytes` leaves out. */
  apartBytes: number;
  /** Installed packages, nested ones included. */
  packages: string[];
}

/** Whether a folder inside node_modules (as path segments) is a package: `x`, `@scope/x`, `x/node_modules/y`. */
function isPackageDir(segments: string[]): boolean {
  const name = segments.at(-1)!;
  if (name.startsWith('.') || name.startsWith('@')) return false;
  const parent = segments.at(-2) ?? 'node_modules';
  const grandparent = segments.at(-3) ?? 'node_modules';
  return parent === 'node_modules' || (parent.startsWith('@') && grandparent === 'node_modules');
}

/**
 * Sizes a node_modules folder the way `du -sb` would, without directory entries, and lists
 * its packages. Files under an `apart` folder (relative to node_modules, e.g.
 * `@wirediff/match/generated`) are counted separately.
 *
 * @example
 * measureNodeModules('/tmp/x/node_modules', []).packages; // ['@wirediff/text', 'stemmer', ...]
 */
export function measureNodeModules(nodeModules: string, apart: string[]): InstalledSize {
  const size: InstalledSize = { bytes: 0, apartBytes: 0, packages: [] };
  const apartDirs = apart.map((dir) => join(nodeModules, dir) + sep);
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        const segments = relative(nodeModules, path).split(sep);
        if (isPackageDir(segments)) size.packages.push(segments.join('/'));
        walk(path);
      } else if (entry.isFile()) {
        const bytes = lstatSync(path).size;
        if (apartDirs.some((apartDir) => path.startsWith(apartDir))) size.apartBytes += bytes;
        else size.bytes += bytes;
      }
    }
  };
  walk(nodeModules);
  size.packages.sort();
  return size;
}
