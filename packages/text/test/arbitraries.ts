import fc from 'fast-check';

/** Pieces that exercise the folds and the sentence scanner; written for these tests. */
const PIECES = [
  'Mr.', 'Dr.', 'U.S.', 'U.K.', 'e.g.', 'etc.', 'Inc.', 'J. K.', '3.5', '1,000', '1.5m', '%', 'per cent',
  'Caliber.Az', 'example.com', '...', '…', '."', '.”', '!', '?', '?!', '。', '！', 'talks', 'Kremlin', 'The',
  'he said', "Russia's", 'rare-earth', ' ', '  ', '\n', '\n\n', '\r\n', '\t', ' <\n', '<', '\u0019',
  '\u00a0', '\u200b', '\u200d', '\u00ad', '\ufeff', '\u202e', '\u2028', '\u2029', '“', '”', '‘', '’', '«', '»',
  '``', "''", '–', '—', '−', 'Москва', 'МОСКВА', 'Pаris', 'Αθήνα', '東京です', 'مرحبا', 'שלום', '👩\u200d💻',
  '😀', 'e\u0301', '\u0301', 'ﬁ', 'İ', '\ud800', '\udc00', 'MOSCOW (Reuters) - ', 'By Jane Doe\n', '(AP)',
];

/** Arbitrary text mixing news-like pieces with any code units (lone surrogates included). */
export const newsText: fc.Arbitrary<string> = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 6 }), fc.string({ maxLength: 8 })), {
    maxLength: 60,
  })
  .map((parts) => parts.join(''));
