import { CAPITAL_NAME, GAP_PAUSE, GAP_QUOTE, GAP_SENTENCE, type SideView } from './side-view.js';
import { isDateToken } from './facts.js';
import { ALWAYS_REPORTING, DATE_LEADS, HEARING_SUBJECTS, OBJECT_BOUNDARY, REPORTING_VERBS, SLIGHT_WORDS, SUBJECT_BOUNDARY, TITLE_WORDS } from './word-lists.js';

/** A speech tag: who said it and how ("Kremlin spokesperson Dmitry Peskov confirmed", "told the court"). */
export interface Attribution {
  /** Token range [from, to) of the whole tag. */
  from: number;
  to: number;
  /** Token ranges of its parts; empty ranges where the part is missing. */
  subject: [number, number];
  verb: [number, number];
  object: [number, number];
  /** A date between the speaker and the verb ("Putin in February said"): inside the tag, not part of who spoke. */
  skip: [number, number];
  /** Who the speaker is, between commas after the name ("Marta Quist, the chief executive, said"). */
  aside: [number, number];
  /** The verb's lemma ("say" for said/says). */
  lemma: string;
}

// A speaker's name with its title rarely runs past this many words ("a senior Kremlin official has");
// longer, the scan runs into the clause before.
const MAX_SUBJECT = 6;
// "told a jury at St Albans Coroner's Court".
const MAX_OBJECT = 8;
const MAX_INVERTED_SUBJECT = 4;
// "Kirill Dmitriev, the Russian special envoy on international economic and investment cooperation, said".
const MAX_ASIDE = 10;
const MAX_DATE_AFTER_VERB = 3;
const MAX_LISTENER_NOUNS = 2;
const LISTENER_DETERMINERS = new Set('the a an his her their its our my'.split(' '));
const LISTENER_PREPOSITIONS = new Set('at of in for from'.split(' '));
const VERB_ENDING = /(?:ed|ing)$/;
/** Before the verb, these make it passive ("the court was told"): nobody is told after it. */
const PASSIVE_MARKERS = new Set('was were is are been being be'.split(' '));
/** Words that do not change who spoke: auxiliaries and adverbs around the verb. */
const AUXILIARIES = new Set('has have had is was were be been will would also later earlier previously further then today yesterday'.split(' '));
/** What may open a subject that follows its verb ("…,” said Dmitriev): a name, a pronoun, an article or a title. */
const INVERTED_OPENERS = new Set('he she they it we a an the his her their'.split(' '));

function sameSentence(side: SideView, a: number, b: number): boolean {
  return side.sentence[a] === side.sentence[b];
}

function pauseBefore(side: SideView, k: number): boolean {
  return (side.gap[k]! & (GAP_PAUSE | GAP_SENTENCE)) !== 0;
}

/** After a verb other than say/tell: "that", a pause or the sentence's end must follow ("added that", ", he added."), perhaps after a date ("mentioned on Sunday that"). */
function endsClause(side: SideView, k: number): boolean {
  let next = k + 1;
  while (next < side.length && next - k <= MAX_DATE_AFTER_VERB && sameSentence(side, k, next) && (DATE_LEADS.has(side.norm[next]!) || isDateToken(side, next))) next++;
  if (next >= side.length || !sameSentence(side, k, next)) return true;
  return side.norm[next] === 'that' || pauseBefore(side, next);
}

/**
 * The speech tags of a side, left to right: a reporting verb (said, told, added, claimed,
 * according to, …) with the speaker next to it — before the verb back to a pause or a
 * conjunction ("the Kremlin said"), or after it when the verb follows a closing quote
 * ("…,” said Dmitriev) or is "according to" — and, for "told", the listener ("told the court").
 * Verbs that also have other uses (added, claimed, noted) count only before "that", a pause
 * or the sentence's end; "heard" only for a court or an inquest.
 *
 * @example
 * findAttributions(view); // [{ from: 9, to: 11, subject: [9, 10], verb: [10, 11], object: [11, 11], lemma: 'say' }]
 */
export function findAttributions(side: SideView): Attribution[] {
  const found: Attribution[] = [];
  let lastEnd = 0;
  for (let k = 0; k < side.length; k++) {
    const lemma = REPORTING_VERBS.get(side.norm[k]!);
    if (lemma === undefined) continue;
    let verbEnd = k + 1;
    let subject: [number, number] = [k, k];
    let object: [number, number] = [verbEnd, verbEnd];
    let skip: [number, number] = [k, k];
    let aside: [number, number] = [k, k];
    if (lemma === 'accord') {
      if (verbEnd >= side.length || side.norm[verbEnd] !== 'to' || !sameSentence(side, k, verbEnd)) continue;
      verbEnd++;
      subject = scanForward(side, verbEnd, MAX_SUBJECT);
      if (subject[1] === subject[0]) continue;
    } else {
      if (!ALWAYS_REPORTING.has(lemma) && !endsClause(side, k) && (side.gap[k]! & GAP_QUOTE) === 0) continue;
      let s = k;
      while (
        s > lastEnd &&
        k - s < MAX_SUBJECT &&
        !pauseBefore(side, s) &&
        sameSentence(side, s - 1, k) &&
        !SUBJECT_BOUNDARY.has(side.norm[s - 1]!) &&
        !ALWAYS_REPORTING.has(REPORTING_VERBS.get(side.norm[s - 1]!) ?? '')
      ) {
        if (skip[1] === skip[0] && isDateToken(side, s - 1)) {
          // Pass over a date between speaker and verb: "Vladimir Putin in February said".
          let d = s - 1;
          while (d > lastEnd && !pauseBefore(side, d) && sameSentence(side, d - 1, k) && (isDateToken(side, d - 1) || DATE_LEADS.has(side.norm[d - 1]!))) d--;
          skip = [d, s];
          s = d;
          continue;
        }
        s--;
      }
      if (s === skip[0]) {
        s = k;
        skip = [k, k];
      }
      subject = [s, k];
      if (s === k && (side.gap[k]! & GAP_QUOTE) !== 0) subject = scanInvertedSubject(side, verbEnd);
      else if (s === k && (side.gap[k]! & GAP_PAUSE) !== 0) {
        const withAside = scanAsideSubject(side, k, lastEnd);
        if (withAside !== null) ({ subject, aside } = withAside);
      }
      const passive = k > 0 && sameSentence(side, k - 1, k) && PASSIVE_MARKERS.has(side.norm[k - 1]!);
      if (lemma === 'tell' && !passive) object = scanObject(side, subject[0] > k ? subject[1] : verbEnd);
      // "said to Dave": the listener of "say".
      if (lemma === 'say' && subject[0] <= k && verbEnd + 1 < side.length && side.norm[verbEnd] === 'to' && sameSentence(side, k, verbEnd + 1) && !pauseBefore(side, verbEnd) && side.capital[verbEnd + 1] !== 0) {
        object = scanObject(side, verbEnd + 1);
        object[0] = verbEnd;
      }
      if (lemma === 'hear' && !hasHearingSubject(side, subject)) continue;
    }
    const from = Math.min(subject[0], k);
    const to = Math.max(subject[1], verbEnd, object[1]);
    found.push({ from, to, subject, aside, verb: [k, verbEnd], object, skip, lemma });
    lastEnd = to;
    k = to - 1;
  }
  return found;
}

function scanForward(side: SideView, from: number, limit: number): [number, number] {
  let e = from;
  while (e < side.length && e - from < limit && sameSentence(side, from, e) && (e === from || !pauseBefore(side, e))) {
    // "according to figures published by the council in January": the date is no part of the source.
    if (isDateToken(side, e) || (DATE_LEADS.has(side.norm[e]!) && e + 1 < side.length && isDateToken(side, e + 1))) break;
    e++;
  }
  return [from, e];
}

/**
 * "Marta Quist, the chief executive, said": the verb follows a comma, the words back to the
 * comma before are the aside, and the name before that is the speaker. Null when the words
 * before do not read so (no name, a quote mark, too long an aside).
 */
function scanAsideSubject(side: SideView, k: number, lastEnd: number): { subject: [number, number]; aside: [number, number] } | null {
  if ((side.gap[k]! & GAP_QUOTE) !== 0) return null;
  let a = k;
  while (a > lastEnd && k - a < MAX_ASIDE && sameSentence(side, a - 1, k) && (a === k || !pauseBefore(side, a))) a--;
  if (a === k || a <= lastEnd || (side.gap[a]! & (GAP_PAUSE | GAP_SENTENCE | GAP_QUOTE)) !== GAP_PAUSE) return null;
  // The speaker: back from the aside's comma as far as a subject goes ("A friend of Ricky's"), with a name in it.
  let n = a;
  let named = false;
  while (n > lastEnd && a - n < MAX_SUBJECT && sameSentence(side, n - 1, k) && (n === a || !pauseBefore(side, n)) && !SUBJECT_BOUNDARY.has(side.norm[n - 1]!)) {
    const word = n - 1;
    if (side.capital[word] === CAPITAL_NAME || (side.capital[word] !== 0 && side.stop[word] === 0)) named = true;
    n--;
  }
  return named && n < a ? { subject: [n, a], aside: [a, k] } : null;
}

function scanInvertedSubject(side: SideView, from: number): [number, number] {
  if (from >= side.length || pauseBefore(side, from) || !sameSentence(side, from - 1, from)) return [from - 1, from - 1];
  const norm = side.norm[from]!;
  if (side.capital[from] !== CAPITAL_NAME && !INVERTED_OPENERS.has(norm) && !TITLE_WORDS.has(norm)) return [from - 1, from - 1];
  return scanForward(side, from, MAX_INVERTED_SUBJECT);
}

/**
 * The listener after "told": an article, a name, and one or two lower-case words for who it is
 * ("told the court", "told a jury at St Albans Coroner's Court", "told his murder trial"),
 * ending before the reported clause starts.
 */
function scanObject(side: SideView, from: number): [number, number] {
  let e = from;
  let nouns = 0;
  while (e < side.length && e - from < MAX_OBJECT && sameSentence(side, from - 1, e) && !pauseBefore(side, e)) {
    const norm = side.norm[e]!;
    if (OBJECT_BOUNDARY.has(norm) || REPORTING_VERBS.has(norm) || isDateToken(side, e)) break;
    if (side.capital[e] !== 0 || LISTENER_DETERMINERS.has(norm)) {
      e++;
      continue;
    }
    // "at St Albans": a preposition that leads on to a name stays in.
    if (LISTENER_PREPOSITIONS.has(norm) && e + 1 < side.length && side.capital[e + 1] !== 0) {
      e++;
      continue;
    }
    // After the listener's noun, a verb form starts the reported clause ("told the court
    // surprised police"); as the first noun it is the listener ("told the meeting").
    if (side.stop[e] === 1 || nouns === MAX_LISTENER_NOUNS || (nouns > 0 && VERB_ENDING.test(norm))) break;
    nouns++;
    e++;
  }
  return [from, e];
}

function hasHearingSubject(side: SideView, [from, to]: [number, number]): boolean {
  for (let k = from; k < to; k++) if (HEARING_SUBJECTS.has(side.norm[k]!)) return true;
  return false;
}

/**
 * What a part of a tag says, for comparing tags across sides: its words without articles,
 * auxiliaries and the skipped date ("Peskov has said" and "Peskov said" say the same).
 *
 * @example
 * partKey(view, attribution.subject); // 'kremlin spokesperson dmitry peskov'
 */
export function partKey(side: SideView, [from, to]: [number, number], [skipFrom, skipTo]: [number, number] = [0, 0]): string {
  const parts: string[] = [];
  for (let k = from; k < to; k++) {
    if (k >= skipFrom && k < skipTo) continue;
    const norm = side.norm[k]!;
    if (!SLIGHT_WORDS.has(norm) && !AUXILIARIES.has(norm)) parts.push(side.stem[k]!);
  }
  return parts.join(' ');
}

/**
 * Who a tag says spoke, for comparing speakers across sides: the content words of the speaker
 * and of the aside, in any order ("A spokesman for Rockwater" and "A Rockwater spokesman" are
 * one speaker; "chief executive Marta Quist" and "Marta Quist, the chief executive," too); ''
 * for a pronoun.
 *
 * @example
 * speakerKey(view, tag); // 'chief execut marta quist' (sorted)
 */
export function speakerKey(side: SideView, tag: Attribution): string {
  const words = new Set<string>();
  for (const [from, to] of [tag.subject, tag.aside]) {
    for (let k = from; k < to; k++) {
      if (k >= tag.skip[0] && k < tag.skip[1]) continue;
      // Content words only: "a spokesman for Rockwater" is "a Rockwater spokesman"; "he" names nobody.
      if (side.stop[k] === 0 && !SLIGHT_WORDS.has(side.norm[k]!) && !AUXILIARIES.has(side.norm[k]!)) words.add(side.stem[k]!);
    }
  }
  return [...words].sort().join(' ');
}
