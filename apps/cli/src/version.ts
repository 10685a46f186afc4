import { readFileSync } from 'node:fs';

/**
 * The CLI's version from its package.json (the same relative path from src/ and dist/).
 * @example readVersion() // '0.1.0'
 */
export function readVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version?: string };
  return manifest.version ?? '0.0.0';
}
