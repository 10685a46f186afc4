/**
 * Wire copy (Press Association in METER) ends lines with `<`. In METER the marker closes a
 * paragraph while the wrapped lines inside it carry none; other feeds mark every line. Which
 * one a document uses decides whether a marked line end is a paragraph break or a soft wrap.
 */
export type WireMarkerMode = 'none' | 'paragraph' | 'line';

const LINE_MARKER = /<[ \t]*(?:\r\n|[\r\n\u2028\u2029\u0085]|$)/g;
const NON_EMPTY_LINE = /[^\s][^\r\n\u2028\u2029\u0085]*(?:\r\n|[\r\n\u2028\u2029\u0085]|$)/g;

/** Which `<` line-marker convention, if any, the text uses. */
export function detectWireMarkers(text: string): WireMarkerMode {
  if (text.indexOf('<') < 0) return 'none';
  const markers = text.match(LINE_MARKER)?.length ?? 0;
  if (markers < 2) return 'none';
  const lines = text.match(NON_EMPTY_LINE)?.length ?? 0;
  return markers >= 0.8 * lines ? 'line' : 'paragraph';
}

/** Is `<` at `index` a line-end marker (only spaces or tabs up to a line break or the end)? */
export function isLineMarkerAt(text: string, index: number): boolean {
  if (text.charCodeAt(index) !== 0x3c) return false;
  let i = index + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09) {
      i++;
      continue;
    }
    return isLineBreakCode(c);
  }
  return true;
}

/** Line terminators: LF, CR, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR. */
export function isLineBreakCode(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x85 || c === 0x2028 || c === 0x2029;
}
