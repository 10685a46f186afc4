import { CAPITAL_INITIAL, CAPITAL_NAME, GAP_PAUSE, type SideView } from './side-view.js';
import {
  AMBIGUOUS_MONTHS,
  CURRENCY_SIGNS,
  DATE_HEADS,
  DATE_LEADS,
  FIGURE_UNITS,
  MAGNITUDES,
  NAME_CONNECTORS,
  NUMBER_WORDS,
  RELATIVE_DATE_HEADS,
  RELATIVE_DATE_OPENERS,
  SLIGHT_WORDS,
  TITLE_WORDS,
} from './word-lists.js';

/** The kinds of fact a change can be about. */
export type FactType = 'date' | 'number';

/** A fact written in a run of tokens: a date, or a figure with its unit. */
export interface Fact {
  type: FactType;
  /** Token range [from, to) on its side. */
  from: number;
  to: number;
  /** What the fact says, comparable across sides ("5m" and "5 million" give one value). */
  value: string;
  /** For figures: the currency sign and units ("£", "year old"), '' for other facts. */
  unit: string;
}

const DAY_NUMBER = /^(\d{1,2})(?:st|nd|rd|th)?$/;
const YEAR = /^(1[89]\d\d|20\d\d)s?$/;
const FIGURE = /^(\d+(?:\.\d+)?)([a-z]*)$/;

function isDayNumber(side: SideView, k: number): boolean {
  if (side.numeral[k] !== 1) return false;
  const found = DAY_NUMBER.exec(side.norm[k]!);
  return found !== null && Number(found[1]) >= 1 && Number(found[1]) <= 31;
}

function isYear(side: SideView, k: number): boolean {
  return side.numeral[k] === 1 && YEAR.test(side.norm[k]!);
}

/** A month written with a capital (lower-case "march" is a verb; "May" only next to a day or a year). */
function isMonthAt(side: SideView, k: number): boolean {
  const norm = side.norm[k]!;
  if (side.capital[k] === 0 && !isAllCapsSentenceWord(side, k)) return false;
  if (DATE_HEADS.has(norm)) return true;
  if (!AMBIGUOUS_MONTHS.has(norm)) return false;
  // The day or year may be a kept word outside the changed ones ("May 2020" -> "June 2020").
  const dayOrYear = (t: number): boolean => t >= 0 && t < side.length && side.sentence[t] === side.sentence[k] && (isDayNumber(side, t) || isYear(side, t));
  return dayOrYear(k - 1) || dayOrYear(k + 1);
}

function isAllCapsSentenceWord(side: SideView, k: number): boolean {
  const c = side.text.charCodeAt(side.start[k]!);
  return c >= 0x41 && c <= 0x5a;
}

const MONTHS = new Set('january february march april june july august september october november december sept'.split(' '));

/** A word that heads a date by itself: a day word, a month, or "week"/"night" after "last"/"Monday". */
function isDateHeadAt(side: SideView, k: number, from: number, to: number): boolean {
  const norm = side.norm[k]!;
  if (MONTHS.has(norm) || AMBIGUOUS_MONTHS.has(norm)) return isMonthAt(side, k);
  if (DATE_HEADS.has(norm)) return true;
  if (RELATIVE_DATE_HEADS.has(norm) && k > from) {
    const before = side.norm[k - 1]!;
    return RELATIVE_DATE_OPENERS.has(before) || DATE_HEADS.has(before);
  }
  // A year on its own after "in", "since", "by": "in 2005".
  return isYear(side, k) && k > from && DATE_LEADS.has(side.norm[k - 1]!);
}

/** A day or year number whose month stands next to it, perhaps outside the words at hand ("February 19" with "February" kept). */
function isDayBesideMonth(side: SideView, k: number): boolean {
  if (!isDayNumber(side, k) && !isYear(side, k)) return false;
  const nearMonth = (t: number): boolean => t >= 0 && t < side.length && side.sentence[t] === side.sentence[k] && (MONTHS.has(side.norm[t]!) || AMBIGUOUS_MONTHS.has(side.norm[t]!)) && isMonthAt(side, t);
  return nearMonth(k - 1) || nearMonth(k + 1);
}

function isDatePartAt(side: SideView, k: number, from: number, to: number): boolean {
  return isDateHeadAt(side, k, from, to) || isDayNumber(side, k) || isYear(side, k) || RELATIVE_DATE_HEADS.has(side.norm[k]!);
}

function canonicalNumber(value: number): string {
  return String(Number(value.toPrecision(12)));
}

/** The value of the figure starting at token k, and where it ends (magnitude words and units included). */
function readFigure(side: SideView, k: number, to: number): { end: number; value: string; unit: string } | null {
  let end = k + 1;
  let amount: number;
  let unit = '';
  const norm = side.norm[k]!;
  if (side.numeral[k] === 1) {
    const found = FIGURE.exec(norm);
    if (found === null) return { end, value: norm, unit: '' };
    amount = Number(found[1]);
    const suffix = found[2]!;
    const magnitude = MAGNITUDES.get(suffix);
    if (magnitude !== undefined) amount *= magnitude;
    else unit = suffix;
  } else {
    const word = NUMBER_WORDS.get(norm);
    if (word === undefined) return null;
    amount = word;
    // "twenty five" (from "twenty-five"): tens then units.
    while (end < to && amount >= 20 && amount % 10 === 0 && amount < 100) {
      const next = NUMBER_WORDS.get(side.norm[end]!);
      if (next === undefined || next >= 10) break;
      amount += next;
      end++;
    }
  }
  for (; end < to && unit === ''; end++) {
    const magnitude = MAGNITUDES.get(side.norm[end]!);
    if (magnitude === undefined || side.norm[end]!.length === 1 || (side.gap[end]! & GAP_PAUSE) !== 0) break;
    amount *= magnitude;
  }
  const units: string[] = unit === '' ? [] : [unit];
  // Units by stem: "five years" and "a seven-year sentence" count in the same unit.
  while (end < to && FIGURE_UNITS.has(side.norm[end]!) && (side.gap[end]! & GAP_PAUSE) === 0) units.push(side.stem[end++]!);
  const start = side.start[k]!;
  const sign = start > 0 && CURRENCY_SIGNS.includes(side.text[start - 1]!) ? (side.text[start - 1] === '#' ? '£' : side.text[start - 1]!) : '';
  const unitKey = `${sign}|${units.join(' ')}`;
  return { end, value: `${canonicalNumber(amount)} ${unitKey}`, unit: unitKey };
}

/** Name-like: a capital (mid-sentence, or initial on a word that is not a function word) or a title. */
function isNameWord(side: SideView, k: number): boolean {
  const norm = side.norm[k]!;
  if (norm === 'i') return false;
  if (TITLE_WORDS.has(norm)) return true;
  const capital = side.capital[k]!;
  return capital === CAPITAL_NAME || (capital === CAPITAL_INITIAL && side.stop[k] === 0);
}

/** Every word that can start or head a fact: a token outside this set and not a numeral is never one. */
const FACT_WORDS: ReadonlySet<string> = new Set([...DATE_HEADS, ...AMBIGUOUS_MONTHS, ...RELATIVE_DATE_HEADS, ...NUMBER_WORDS.keys()]);

// Scratch for findFacts, grown as needed: it runs once or twice per changed stretch of every match.
let takenScratch = new Uint8Array(256);

/**
 * The dates and figures written in tokens [from, to) of a side, left to right: dates first (so
 * the "5" of "5 March" is a day, not a figure), then figures with their units. Names are read
 * by `isNameRun` instead: a name changed only where nothing else did.
 *
 * @example
 * findFacts(view, 0, view.length); // [{ type: 'number', from: 3, to: 4, value: '500 £|', unit: '£|' }]
 */
export function findFacts(side: SideView, from: number, to: number): Fact[] {
  const facts: Fact[] = [];
  // Most changed stretches hold no figure and no date word: one look-up per token says so.
  let candidate = false;
  for (let k = from; k < to && !candidate; k++) candidate = side.numeral[k] === 1 || FACT_WORDS.has(side.norm[k]!);
  if (!candidate) return facts;
  if (takenScratch.length < to - from) takenScratch = new Uint8Array(2 * (to - from));
  const taken = takenScratch;
  taken.fill(0, 0, to - from);
  for (let k = from; k < to; k++) {
    if (taken[k - from] === 1 || !(isDateHeadAt(side, k, from, to) || isDayBesideMonth(side, k))) continue;
    let start = k;
    while (start > from && taken[start - 1 - from] === 0 && (DATE_LEADS.has(side.norm[start - 1]!) || isDatePartAt(side, start - 1, from, to))) start--;
    let end = k + 1;
    for (;;) {
      if (end < to && isDatePartAt(side, end, from, to)) end++;
      else if (end + 1 < to && side.norm[end] === 'of' && isMonthAt(side, end + 1)) end += 2;
      // "on March 14 this year": a relative date right after is the same date.
      else if (end + 1 < to && RELATIVE_DATE_OPENERS.has(side.norm[end]!) && RELATIVE_DATE_HEADS.has(side.norm[end + 1]!)) end += 2;
      else break;
    }
    // Leading prepositions ("on Monday") belong to the phrase but not to what the date says.
    const parts: string[] = [];
    for (let t = start; t < end; t++) if (!DATE_LEADS.has(side.norm[t]!) && side.norm[t] !== 'of') parts.push(side.norm[t]!);
    taken.fill(1, start - from, end - from);
    facts.push({ type: 'date', from: start, to: end, value: parts.join(' '), unit: '' });
  }
  for (let k = from; k < to; k++) {
    if (taken[k - from] === 1) continue;
    const figure = readFigure(side, k, to);
    if (figure === null) continue;
    let end = figure.end;
    while (end > k + 1 && taken[end - 1 - from] === 1) end--;
    taken.fill(1, k - from, end - from);
    facts.push({ type: 'number', from: k, to: end, value: figure.value, unit: figure.unit });
    k = end - 1;
  }
  return facts.sort((x, y) => x.from - y.from);
}

/**
 * Whether every token of [from, to) belongs to a name (leading "the"/"a" allowed, and any
 * words before a title: "council leader Ingrid") and at least one is capitalised: "the
 * Kremlin", "Kremlin spokesperson Dmitry", "Mr".
 *
 * @example
 * isNameRun(view, 4, 6); // true for "Mr Smith"
 */
export function isNameRun(side: SideView, from: number, to: number): boolean {
  let k = from;
  while (k < to && SLIGHT_WORDS.has(side.norm[k]!)) k++;
  if (k === to) return false;
  let capitalised = false;
  // A role before its title belongs to the name too: "council leader Ingrid", "chief executive".
  let lastTitle = -1;
  for (let t = k; t < to; t++) if (TITLE_WORDS.has(side.norm[t]!)) lastTitle = t;
  for (; k < lastTitle; k++) {
    if (side.stop[k] === 1 && !NAME_CONNECTORS.has(side.norm[k]!)) return false;
    if (side.capital[k] !== 0) capitalised = true;
  }
  for (; k < to; k++) {
    if (!isNameWord(side, k) && !(NAME_CONNECTORS.has(side.norm[k]!) && k > from && k + 1 < to)) return false;
    if (side.capital[k] !== 0) capitalised = true;
  }
  return capitalised;
}

/**
 * Whether token k may carry a name change into its neighbours: a capitalised name word or a title.
 *
 * @example
 * if (isNameToken(view, k)) extendOverIt();
 */
export function isNameToken(side: SideView, k: number): boolean {
  return isNameWord(side, k);
}

/**
 * A token that belongs with a figure next to it ("per cent", "year old", "million").
 *
 * @example
 * isFigureUnit(view, k); // true for "percent"
 */
export function isFigureUnit(side: SideView, k: number): boolean {
  const norm = side.norm[k]!;
  return FIGURE_UNITS.has(norm) || (MAGNITUDES.has(norm) && norm.length > 1);
}

/**
 * A token that belongs with a date next to it (a month, a day number, a year, "night").
 *
 * @example
 * isDateToken(view, k); // true for "March" in "5 March"
 */
export function isDateToken(side: SideView, k: number): boolean {
  return isDateHeadAt(side, k, 0, side.length) || isDayBesideMonth(side, k);
}
