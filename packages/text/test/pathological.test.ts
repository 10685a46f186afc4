import { describe, expect, test } from 'vitest';
import { analyzeDocument, normalize, tokenize } from '../src/index.js';

const MB = 1 << 20;
// Generous bounds: these tests catch hangs and quadratic blow-ups, not speed regressions.
const FINISHES = 20_000;

const inputs: Array<[string, () => string]> = [
  ['1 MB without punctuation', () => 'word another thing then more '.repeat(MB / 29)],
  ['100,000 one-word lines', () => 'word\n'.repeat(100_000)],
  ['100,000 capitalised one-word lines', () => 'Word\n'.repeat(100_000)],
  ['one word repeated without spaces', () => 'a'.repeat(MB)],
  ['full stops only', () => '.'.repeat(MB)],
  ['abbreviations only', () => 'Mr. '.repeat(MB / 4)],
  ['mixed scripts', () => 'Pаris Москва 東京 Αθήνα مرحبا '.repeat(MB / 64)],
  ['right-to-left with bidi controls', () => '\u202bשלום עולם. مرحبا بالعالم.\u202c '.repeat(MB / 64)],
  ['emoji and joiners', () => '👩\u200d💻 🇺🇸 😀! '.repeat(MB / 16)],
  ['combining marks', () => 'e\u0301\u0301\u0301 '.repeat(MB / 8)],
  ['lone surrogates', () => '\ud800 \udc00a. '.repeat(MB / 8)],
  ['wire markers on every line', () => 'line of wire copy <\n'.repeat(MB / 20)],
  ['blank lines only', () => '\n'.repeat(MB)],
];

describe('pathological input finishes', () => {
  test.each(inputs)('%s', (_name, make) => {
    const text = make();
    const t0 = performance.now();
    const n = normalize(text);
    const tokens = tokenize(text);
    const doc = analyzeDocument(text);
    expect(performance.now() - t0).toBeLessThan(FINISHES);
    expect(n.text.length).toBeLessThanOrEqual(text.length * 3);
    expect(doc.sentences.every((s) => s.end - s.start <= 2000 && s.start < s.end)).toBe(true);
    expect(doc.sentences.every((s) => s.tokens.every((t) => t.start >= s.start && t.end <= s.end))).toBe(true);
    expect(tokens.every((t) => t.start < t.end && t.end <= text.length)).toBe(true);
  }, 60_000);
});
