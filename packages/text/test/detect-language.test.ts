import { describe, expect, test } from 'vitest';
import { detectLanguage } from '../src/index.js';

const cases: Array<[string, string]> = [
  ['The Kremlin said on Monday that the talks with the United States had begun.', 'en'],
  ['Кремль заявил в понедельник, что переговоры с США начались.', 'ru'],
  ['Кремль заявив у понеділок, що переговори зі США розпочалися.', 'uk'],
  ['Der Kreml sagte am Montag, dass die Gespräche mit den USA begonnen haben.', 'de'],
  ['Le Kremlin a déclaré lundi que les discussions avec les États-Unis ont commencé.', 'fr'],
  ['El Kremlin dijo el lunes que las conversaciones con los Estados Unidos han comenzado.', 'es'],
  ['Το Κρεμλίνο δήλωσε ότι οι συνομιλίες ξεκίνησαν.', 'el'],
  ['الكرملين قال إن المحادثات بدأت', 'ar'],
  ['克里姆林宫表示会谈已经开始。', 'zh'],
  ['クレムリンは協議が始まったと述べた。', 'ja'],
  ['크렘린은 회담이 시작되었다고 밝혔다.', 'ko'],
  ['', 'und'],
  ['12345 !!! 😀', 'und'],
  ['Xyzzy plugh', 'und'],
];

describe('detectLanguage', () => {
  test.each(cases)('%s -> %s', (text, expected) => {
    expect(detectLanguage(text)).toBe(expected);
  });

  test('looks at a bounded sample of a long text', () => {
    const text = 'The talks began. '.repeat(100_000) + 'Переговоры начались. '.repeat(10);
    expect(detectLanguage(text)).toBe('en');
  });

  test('misuse throws an exact message', () => {
    expect(() => detectLanguage(5 as unknown as string)).toThrow(new TypeError('detectLanguage: text must be a string, got number'));
  });
});

describe('detectLanguage on short English sentences', () => {
  test.each([
    'Soldiers die in the south.',
    'Trump keen on Russian resources',
    'He said a deal was close.',
    'Prices rose 5 per cent in March.',
    'Car sales fell 8 per cent, while truck sales rose 2.7 per cent.',
    'Sen. Jane Roe, a Florida Democrat, raised $2 million after a late start.',
    'Futures settled .85 cent lower at 69.89 cents a gallon.',
  ])('%s', (text) => {
    expect(detectLanguage(text)).toBe('en');
  });
});
