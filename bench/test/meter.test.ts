import { describe, expect, test } from 'vitest';
import { cleanWireText, joinWireTakes, listMeterStories, loadMeterStory, newspaperOf, sampleMeterStories } from '../src/data/index.js';
import { decodeWindows1252 } from '@wirediff/text';

const RULE = '  ------------------------------------------------------------------------';
const HEADER = `${RULE}\n\n${RULE}\n\n                 12:22 14/12/99: Page 1 (HHH) SHOWBIZ Panto\n${RULE}\n`;

describe('cleanWireText', () => {
  const cases: Array<[string, string, string]> = [
    ['header, ^Y codes, markers and sign-off go', `${HEADER}TITLE<\n\u0019By A Writer, PA News<\n\u0019Body\ntext.<\n\u0019end<\n\u0019\n`, 'TITLE\n\nBy A Writer, PA News\n\nBody\ntext.'],
    ['hard wraps inside a paragraph stay as line breaks', `${HEADER}One line\nwraps here\nand ends.<\n`, 'One line\nwraps here\nand ends.'],
    ['operator initials as sign-off', `${HEADER}Text.<\n\u0019mfl\n`, 'Text.'],
    ['HTML-ish sign-off', `${HEADER}Text.<\n\u0019</HTML>end\n`, 'Text.'],
    ['CRLF lines', `${HEADER.replaceAll('\n', '\r\n')}A.<\r\n\u0019B.<\r\n`, 'A.\n\nB.'],
    ['no header: text kept', 'Just text.<\n', 'Just text.'],
    ['quotes are left for the engine to fold', `${HEADER}He said: \`\`No.''<\n`, "He said: ``No.''"],
  ];
  test.each(cases)('%s', (_name, raw, expected) => expect(cleanWireText(raw)).toBe(expected));
});

describe('METER helpers', () => {
  const papers: Array<[string, string]> = [
    ['posh124_sun.txt', 'sun'],
    ['/x/y/oasis131_express.txt', 'express'],
    ['patient12_telegraph.txt', 'telegraph'],
    ['readme.txt', 'unknown'],
  ];
  test.each(papers)('newspaperOf(%s) = %s', (file, paper) => expect(newspaperOf(file)).toBe(paper));

  test('sampleMeterStories spreads evenly and keeps order', () => {
    const items = Array.from({ length: 10 }, (_, i) => i);
    expect(sampleMeterStories(items, 5)).toEqual([0, 2, 4, 6, 8]);
    expect(sampleMeterStories(items, 20)).toEqual(items);
  });

  test('decodeWindows1252 maps the bytes Latin-1 gets wrong', () => {
    expect(decodeWindows1252(Uint8Array.of(0x93, 0x41, 0x94, 0x20, 0x96, 0x20, 0xbd))).toBe('\u201cA\u201d \u2013 \u00bd');
  });
});

describe('the METER corpus in ../shared', () => {
  const stories = listMeterStories();
  test('lists story folders with both wire and newspaper texts, sorted and unique', () => {
    expect(stories.length).toBeGreaterThan(200);
    const keys = stories.map((story) => story.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect([...keys].sort()).toEqual(keys);
    for (const story of stories) {
      expect(story.wireFiles.length).toBeGreaterThan(0);
      expect(story.newspaperFiles.every((file) => newspaperOf(file) !== 'unknown')).toBe(true);
    }
  });
  test('cleaned wire takes carry no header, markers or control codes', () => {
    for (const ref of sampleMeterStories(stories, 20)) {
      const story = loadMeterStory(ref);
      const wire = joinWireTakes(story);
      expect(wire.length).toBeGreaterThan(200);
      expect(wire).not.toMatch(/Page \d+ \(HHH\)|-{20}|<\n|[\u0000-\u0008\u000b-\u001f\u0080-\u009f]/u);
      for (const article of story.newspapers) expect(article.text).not.toMatch(/[\u0080-\u009f\ufffd]/u);
    }
  });
});
