import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { analyzeDocument, findQuotes, type FindQuotesOptions } from '../src/index.js';
import { newsText } from './arbitraries.js';

/** Each quote as `[depth]` + its words (between the marks), `open` when it never closed. */
function quotesOf(text: string, options?: FindQuotesOptions): string[] {
  return findQuotes(text, options).map((q) => `${'>'.repeat(q.depth)}${q.closed ? '' : '(open)'}${text.slice(q.contentStart, q.contentEnd)}`);
}

// Each case: what it shows, the text (written for these tests), the quotes expected.
const cases: Array<[string, string, string[]]> = [
  ['straight double', 'He said "no deal" on Friday.', ['no deal']],
  ['curly double', 'He said “no deal” on Friday.', ['no deal']],
  ['curly single', 'He said ‘no deal’ on Friday.', ['no deal']],
  ['straight single', "He said 'no deal' on Friday.", ['no deal']],
  ['wire doubled marks', "He said: ``It did worry me.'' She agreed.", ['It did worry me.']],
  ['wire single marks', "He said `no' twice.", ['no']],
  ['guillemets', '«Мы не подпишем», — сказал он.', ['Мы не подпишем']],
  ['reversed guillemets', 'Er sagte »nein« dazu.', ['nein']],
  ['single guillemets', 'Il a dit ‹non› hier.', ['non']],
  ['low German quotes', '„Wir unterschreiben nicht“, sagte er.', ['Wir unterschreiben nicht']],
  ['Swedish closing marks both ends', 'Han sa ”nej” igen.', ['nej']],
  ['CJK corner quotes', '他说〝不〞。', ['不']],
  ['fullwidth straight', '他说＂不＂。', ['不']],
  ['two quotes in a sentence', '"Yes," he said, "and no."', ['Yes,', 'and no.']],
  ['a quote across sentences', '"No. No documents have been signed. Sanctions remain," Peskov said.', ['No. No documents have been signed. Sanctions remain,']],
  ['nested curly', '“He told me ‘never’ twice,” she said.', ['He told me ‘never’ twice,', '>never']],
  ['nested straight', 'She said "he told me \'never\' twice" today.', ["he told me 'never' twice", '>never']],
  ['straight inside straight', '"He said "no" to me" she said.', ['He said "no" to me', '>no']],
  ['nested wire', "``He said `no' to me.''", ["He said `no' to me.", '>no']],
  ['unclosed double runs to the paragraph end', '"We will go on. And on.\n\nNext paragraph.', ['(open)We will go on. And on.']],
  ['unclosed curly stops at a blank line', 'He said: “It goes on\n\nand on.', ['(open)It goes on']],
  ['an inner quote left open ends with its outer one', '“He said ‘no way,” she said.', ['He said ‘no way,', '>(open)no way,']],
  ['apostrophes inside words', "Don't say Peskov's aide can't.", []],
  ['curly apostrophes inside words', 'Don’t say Peskov’s aide can’t.', []],
  ['elided years', "The '90s and the ’80s and the ‘70s.", []],
  ['plural possessive', "The Smiths' house and the Joneses’ car.", []],
  ['elisions', "Rock 'n' roll, 'em and 'cause.", ['n']],
  ['a quote holding apostrophes', "'We don't know Peskov's plan,' he said.", ["We don't know Peskov's plan,"]],
  ['a quote after a colon and a dash', 'Peskov said:"no" — “never”.', ['no', 'never']],
  ['CJK corner brackets', '他说「我们『不』签」。', ['我们『不』签', '>不']],
  ['a quote in brackets', 'The deal ("a mistake") was signed.', ['a mistake']],
  ['stray closing mark', 'He was 6" tall and said no.', []],
  ['no quotes', 'Talks resumed on Monday.', []],
  ['empty', '', []],
];

describe('findQuotes', () => {
  test.each(cases)('%s', (_name, text, expected) => {
    expect(quotesOf(text)).toEqual(expected);
  });

  test('offsets: start and end take in the marks, content is between them', () => {
    const text = "He said: ``Done.'' Then left.";
    const [quote] = findQuotes(text);
    expect(quote).toEqual({ start: 9, end: 18, contentStart: 11, contentEnd: 16, depth: 0, closed: true });
    expect(text.slice(quote!.start, quote!.end)).toBe("``Done.''");
  });

  test('an unclosed quote ends where its paragraph ends, without trailing space', () => {
    const text = '"It goes on  \n\nNext.';
    const [quote] = findQuotes(text);
    expect(quote).toMatchObject({ start: 0, end: 11, contentEnd: 11, closed: false });
  });

  test("given paragraphs bound quotes (a hard-wrapped wire paragraph is not cut at its line ends)", () => {
    const text = "He said: ``It did\nworry me a lot.''<\nNext ``one''<";
    const paragraphs = analyzeDocument(text).paragraphs;
    expect(quotesOf(text, { paragraphs })).toEqual(['It did\nworry me a lot.', 'one']);
    // A quote left open in one paragraph does not swallow the next.
    const open = '"It goes on\nstill."\n"Another';
    expect(quotesOf(open, { paragraphs: [{ start: 0, end: 3 }, { start: 4, end: open.length }] })).toEqual(['(open)It', '(open)Another']);
  });

  test.each([
    [() => findQuotes(5 as unknown as string), 'findQuotes: text must be a string, got number'],
    [() => findQuotes('a', 'x' as unknown as FindQuotesOptions), 'findQuotes: options must be an object, got string'],
    [() => findQuotes('a', { paragraphs: {} as unknown as [] }), 'findQuotes: options.paragraphs must be an array'],
    [() => findQuotes('a', { paragraphs: [{ start: 0 } as unknown as { start: number; end: number }] }), 'findQuotes: options.paragraphs must hold { start, end } offsets'],
  ])('misuse %#', (call, message) => {
    expect(call).toThrow(new TypeError(message));
  });

  test('properties: ordered, inside the text, content inside the quote, nesting consistent, deterministic', () => {
    fc.assert(
      fc.property(newsText, (text) => {
        const quotes = findQuotes(text);
        let previousStart = -1;
        const open: number[] = [];
        for (const q of quotes) {
          expect(q.start).toBeGreaterThanOrEqual(previousStart);
          previousStart = q.start;
          expect(0 <= q.start && q.start < q.contentStart && q.contentStart <= q.contentEnd && q.contentEnd <= q.end && q.end <= text.length).toBe(true);
          expect(q.closed || q.contentEnd === q.end).toBe(true);
          while (open.length > 0 && open[open.length - 1]! <= q.start) open.pop();
          expect(q.depth).toBe(open.length);
          if (open.length > 0) expect(q.end).toBeLessThanOrEqual(open[open.length - 1]!);
          open.push(q.end);
        }
        expect(findQuotes(text)).toEqual(quotes);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 400) },
    );
  });
});
