import { describe, expect, test } from 'vitest';
import { ANSI_STYLE, PLAIN_STYLE, pickStyle, shouldUseColour } from '../src/render/style.js';

describe('shouldUseColour', () => {
  const cases: Array<[string, boolean, Record<string, string>, boolean]> = [
    ['terminal, nothing set', true, {}, true],
    ['pipe, nothing set', false, {}, false],
    ['terminal, NO_COLOR=1', true, { NO_COLOR: '1' }, false],
    ['terminal, empty NO_COLOR does not count', true, { NO_COLOR: '' }, true],
    ['terminal, TERM=dumb', true, { TERM: 'dumb' }, false],
    ['pipe, FORCE_COLOR=1', false, { FORCE_COLOR: '1' }, true],
    ['pipe, empty FORCE_COLOR forces too', false, { FORCE_COLOR: '' }, true],
    ['terminal, FORCE_COLOR=0', true, { FORCE_COLOR: '0' }, false],
    ['pipe, FORCE_COLOR beats NO_COLOR', false, { FORCE_COLOR: '1', NO_COLOR: '1' }, true],
  ];
  test.each(cases)('%s', (_name, isTTY, env, expected) => {
    expect(shouldUseColour({ isTTY, env })).toBe(expected);
    expect(pickStyle({ isTTY, env })).toBe(expected ? ANSI_STYLE : PLAIN_STYLE);
  });
});

describe('styles', () => {
  test('plain markers follow git word diff', () => {
    expect(PLAIN_STYLE.deleted('old') + PLAIN_STYLE.inserted('new')).toBe('[-old-]{+new+}');
  });
  test('ANSI deletions are red and struck, insertions green, each reset', () => {
    expect(ANSI_STYLE.deleted('old')).toBe('\u001b[31;9mold\u001b[29;39m');
    expect(ANSI_STYLE.inserted('new')).toBe('\u001b[32mnew\u001b[39m');
  });
});
