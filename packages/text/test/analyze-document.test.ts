import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyzeDocument, decodeWindows1252, segment, tokenize } from '../src/index.js';

const shared = join(import.meta.dirname, '../../../../shared');
const seedDir = join(shared, 'fixtures/seeds');
const seeds = readdirSync(seedDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(seedDir, f), 'utf8'));

function readMeter(relative: string): string {
  return decodeWindows1252(readFileSync(join(shared, 'datasets/meter', relative)));
}

describe('analyzeDocument', () => {
  test('one pass gives language, roles, dateline content start and tokens', () => {
    const text = 'Kremlin confirms talks\nMOSCOW (Reuters) - Talks on rare-earth metals began on Monday.';
    const doc = analyzeDocument(text);
    expect(doc.language).toBe('en');
    expect(doc.sentences.map((s) => s.role)).toEqual(['headline', 'body']);
    const body = doc.sentences[1]!;
    expect(text.slice(body.contentStart, body.end)).toBe('Talks on rare-earth metals began on Monday.');
    expect(body.tokens.map((t) => t.norm)).toEqual(['moscow', 'reuters', 'talks', 'on', 'rare', 'earth', 'metals', 'began', 'on', 'monday']);
  });

  test('sentence tokens equal tokenize on the sentence with its offset', () => {
    for (const text of seeds) {
      const doc = analyzeDocument(text);
      for (const s of doc.sentences) {
        const alone = tokenize(text.slice(s.start, s.end), { offset: s.start, language: doc.language });
        expect(s.tokens).toEqual(alone);
      }
    }
  });

  test('tokens stay inside their sentence when a folded cluster spans the boundary', () => {
    const text = 'Mr.！\u0301 Next';
    for (const s of analyzeDocument(text).sentences) {
      for (const t of s.tokens) expect([t.start >= s.start, t.end <= s.end]).toEqual([true, true]);
    }
  });

  test('language option overrides detection', () => {
    expect(analyzeDocument('Talks began.', { language: 'de' }).sentences[0]!.tokens[0]!.stem).toBe('talks');
  });

  test('misuse throws an exact message', () => {
    expect(() => analyzeDocument({} as unknown as string)).toThrow(new TypeError('analyzeDocument: text must be a string, got object'));
  });
});

describe('real text', () => {
  test('seed articles: headline only where there is one, "Caliber.Az reports" stays inside its sentence', () => {
    // The first seed opens with a title line; the second opens with its lead sentence.
    expect(seeds.map((text) => segment(text).sentences[0]!.role)).toEqual(['headline', 'body']);
    for (const text of seeds) {
      const { sentences } = segment(text);
      expect(sentences.length).toBeGreaterThan(5);
      for (const s of sentences) {
        const slice = text.slice(s.start, s.end);
        expect(slice).not.toMatch(/^(?:Az|com|S\.|K\.)\b/);
        expect(s.end - s.start).toBeLessThan(1000);
      }
    }
    const all = seeds.flatMap((text) => segment(text).sentences.map((s) => text.slice(s.start, s.end)));
    expect(all.some((s) => /Caliber\.Az reports/.test(s) && /[.!?"”]$/.test(s))).toBe(true);
  });

  test('METER wire story: header, headline, byline, hard-wrapped paragraphs', () => {
    const text = readMeter('PA/rawtexts/showbiz/27.01.00/posh/posh1.txt');
    const doc = analyzeDocument(text);
    const rows = doc.sentences.map((s) => [s.role, text.slice(s.start, s.end)] as const);
    expect(rows[0]![0]).toBe('dateline');
    expect(rows[1]).toEqual(['headline', 'WEIGHT LOSS DID WORRY ME _ POSH']);
    expect(rows[2]).toEqual(['byline', 'By Emma Hibbs, PA News']);
    expect(rows[3]![1]).toBe('Posh Spice decided to go to doctors after being afraid that she was losing too\nmuch weight, she has disclosed.');
    for (const [, slice] of rows) {
      expect(slice).not.toMatch(/[<\u0019]/);
    }
    // Wire ``quotes'' fold so the wire and newspaper versions compare equal.
    const quoted = doc.sentences.find((s) => text.slice(s.start, s.end).startsWith("``They just said"));
    expect(quoted!.tokens.slice(0, 3).map((t) => t.norm)).toEqual(['they', 'just', 'said']);
  });

  test('METER newspaper story: one paragraph per line', () => {
    const text = readMeter('newspapers/rawtexts/showbiz/27.01.00/posh/posh124_sun.txt');
    const { paragraphs, sentences } = segment(text);
    const nonBlankLines = text.split('\n').filter((l) => l.trim() !== '').length;
    expect(paragraphs.length).toBe(nonBlankLines);
    expect(sentences.length).toBeGreaterThanOrEqual(paragraphs.length);
  });
});
