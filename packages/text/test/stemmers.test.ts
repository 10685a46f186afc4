import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { tokenize } from '../src/index.js';

describe('natural stemmers by deep path', () => {
  test('load without printing and without natural loading its database clients', () => {
    const script = [
      "await import('natural/lib/natural/stemmers/porter_stemmer.js');",
      "await import('natural/lib/natural/stemmers/porter_stemmer_ru.js');",
      "const loaded = Object.keys((await import('node:module')).createRequire(import.meta.url).cache);",
      "if (loaded.some((f) => /mongoose|[\\\\/]pg[\\\\/]|redis|wordnet/.test(f))) process.exitCode = 3;",
    ].join('\n');
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: import.meta.dirname, encoding: 'utf8' });
    expect({ status: result.status, stdout: result.stdout, stderr: result.stderr }).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  test.each([
    ['talks', 'talk'],
    ['negotiations', 'negoti'],
    ['confirmed', 'confirm'],
    ['переговорами', 'переговор'],
    ['металлов', 'металл'],
  ])('stem of %s', (word, stem) => {
    expect(tokenize(word, { language: /[а-я]/.test(word) ? 'ru' : 'en' })[0]!.stem).toBe(stem);
  });
});
