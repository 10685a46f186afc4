import type { Sentence } from './types.js';

const CAPS_PLACE = String.raw`\p{Lu}[\p{Lu}\p{M}'’.\-]+(?:[ \t]+\p{Lu}[\p{Lu}\p{M}'’.\-]*){0,3}`;
const TITLE_PLACE = String.raw`\p{Lu}[\p{L}\p{M}'’.\-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’.\-]*){0,3}`;
const DATE_PART = String.raw`(?:,[ \t]*[^\s(),—–\-][^(),—–\n]{0,30}?)?`;
const AGENCY = String.raw`\([^()\n]{1,40}\)`;
/** An en/em dash, or a hyphen with space around it: "DRINK-DRIVING" is not a dateline. */
const DASH = String.raw`(?:[ \t]*[–—‒―][ \t]*|[ \t]+-{1,2}(?:[ \t]+|$))`;
const OPENS = '(?=[\\p{Lu}\\p{N}"\'“‘«„\u0060]|$)';

/** `MOSCOW (Reuters) -`, `LONDON, March 3 (AP) —`, `WASHINGTON —`. */
const CAPS_DATELINE = new RegExp(`^${CAPS_PLACE}${DATE_PART}[ \\t]*(?:${AGENCY}[ \\t]*)?${DASH}${OPENS}`, 'u');
/** `Moscow (TASS) -`: a title-case place needs the agency to count. */
const AGENCY_DATELINE = new RegExp(`^${TITLE_PLACE}${DATE_PART}[ \\t]*${AGENCY}[ \\t]*${DASH}${OPENS}`, 'u');
/** `(CNN) —`: an agency alone. */
const BARE_AGENCY_DATELINE = new RegExp(`^\\(\\p{Lu}[^()\\n]{0,24}\\)[ \\t]*${DASH}${OPENS}`, 'u');
/** Russian agency style: `МОСКВА, 3 марта. /ТАСС/.` */
const SLASH_DATELINE = new RegExp(`^${CAPS_PLACE},[ \\t]*[^.\\n]{1,30}\\.[ \\t]*/[^/\\n]{1,30}/\\.?[ \\t]*`, 'u');
/** METER wire header: `23:19 27/01/00: Page 1 (HHH) SHOWBIZ Posh`. */
const WIRE_TIMESTAMP = /^\d{1,2}:\d{2}[ \t]+\d{1,2}\/\d{1,2}\/\d{2,4}:/;
const BYLINE = /^(?:By|BY)[ \t]+\p{Lu}/u;
const FROM_CORRESPONDENT = /^From[ \t]+.{0,80}\bcorrespondent\b/iu;
const FINAL_PERIOD = /[.:;,]["'”’»)]*$/u;

const HEADLINE_MAX = 200;
/** Longer than any headline or dateline. */
const HEAD_LENGTH = 240;
const HAS_DATELINE_PUNCTUATION = /[-–—‒―/]/;
const BYLINE_MAX = 150;
/** Headlines and bylines sit at the top; later lines that look like them are body text. */
const TOP_PARAGRAPHS = 6;

/**
 * Length of a dateline opening `sentence`, or 0.
 *
 * @example
 * matchDateline('MOSCOW (Reuters) - Talks began.'); // 19
 */
export function matchDateline(sentence: string): number {
  const m = CAPS_DATELINE.exec(sentence) ?? AGENCY_DATELINE.exec(sentence) ?? SLASH_DATELINE.exec(sentence) ?? BARE_AGENCY_DATELINE.exec(sentence);
  return m ? m[0].length : 0;
}

/**
 * Give each sentence its role. Only whole short paragraphs near the top can be a headline or
 * a byline; a dateline that opens a longer sentence is exposed as `contentStart` instead.
 *
 * @example
 * assignRoles(text, sentences); // sentences[0].role === 'headline', ...
 */
export function assignRoles(text: string, sentences: Sentence[]): void {
  let headlineSeen = false;
  let sawBody = false;
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k]!;
    const first = k === 0 || sentences[k - 1]!.paragraph !== s.paragraph;
    const alone = first && (k + 1 === sentences.length || sentences[k + 1]!.paragraph !== s.paragraph);
    if (!first) {
      sawBody = true;
      continue;
    }
    const length = s.end - s.start;
    // Datelines, bylines and headlines are short and sit at the start: look at a bounded head.
    const head = text.slice(s.start, s.start + Math.min(length, HEAD_LENGTH));
    if (WIRE_TIMESTAMP.test(head)) {
      s.role = 'dateline';
      continue;
    }
    const dateline = HAS_DATELINE_PUNCTUATION.test(head) ? matchDateline(head) : 0;
    if (dateline >= length) {
      s.role = 'dateline';
      continue;
    }
    if (dateline > 0) s.contentStart = s.start + dateline;
    const top = s.paragraph < TOP_PARAGRAPHS;
    const unfinished = length <= HEADLINE_MAX && !FINAL_PERIOD.test(head);
    if (top && alone && unfinished && length <= BYLINE_MAX && (BYLINE.test(head) || FROM_CORRESPONDENT.test(head))) {
      s.role = 'byline';
      continue;
    }
    const note = text.charCodeAt(s.start) === 0x28;
    if (!headlineSeen && !sawBody && top && alone && unfinished && !note && dateline === 0) {
      s.role = 'headline';
      headlineSeen = true;
      continue;
    }
    if (!note) sawBody = true;
  }
}
