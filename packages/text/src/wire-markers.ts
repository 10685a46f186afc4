/**
 * Wire copy (Press Association in METER) ends lines with `<`. In METER the marker closes a
 * paragraph while the wrapped lines inside it carry none; other feeds mark every line. Which
 * one a document uses decides whether a marked line end is a paragraph break or a soft wrap.
 *
 * @example
 * const mode: WireMarkerMode = detectWireMarkers(text);
 */
export type WireMarkerMode = 'none' | 'paragraph' | 'line';

/**
 * Which `<` line-marker convention, if any, the text uses. One pass, no allocation.
 *
 * @example
 * detectWireMarkers('a <\nb <\n'); // 'line'
 */
export function detectWireMarkers(text: string): WireMarkerMode {
  if (text.indexOf('<') < 0) return 'none';
  let markers = 0;
  let lines = 0;
  let blank = true;
  let lastVisible = -1;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 0x0a;
    if (isLineBreakCode(c)) {
      if (!blank) {
        lines++;
        if (text.charCodeAt(lastVisible) === 0x3c) markers++;
      }
      blank = true;
      if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
    } else if (c !== 0x20 && c !== 0x09) {
      blank = false;
      lastVisible = i;
    }
  }
  if (markers < 2) return 'none';
  return markers >= 0.8 * lines ? 'line' : 'paragraph';
}

/**
 * Is `<` at `index` a line-end marker (only spaces or tabs up to a line break or the end)?
 *
 * @example
 * isLineMarkerAt('done <\n', 5); // true
 */
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

/**
 * Line terminators: LF, CR, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR.
 *
 * @example
 * isLineBreakCode(0x2028); // true
 */
export function isLineBreakCode(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x85 || c === 0x2028 || c === 0x2029;
}
