import type { Change, ChangeKind, DiffOp } from '../types.js';
import { findAttributions, partKey, speakerKey, type Attribution } from './attributions.js';
import { findFacts, isDateToken, isFigureUnit, isNameRun, isNameToken, type Fact, type FactType } from './facts.js';
import { CAPITAL_NAME, GAP_PAUSE, type SideView } from './side-view.js';
import { CURRENCY_SIGNS, SLIGHT_WORDS, TITLE_WORDS } from './word-lists.js';

/** A token range [from, to) on one side. */
type Range = [number, number];

/** A change while it is worked out: token ranges, and where it sits on each side for ordering. */
interface Draft {
  kind: ChangeKind;
  /** Words on side a / b, or null when that side has none (the change only adds or cuts). */
  a: Range | null;
  b: Range | null;
  /** Token position on each side: the first word, or where the words would go. */
  atA: number;
  atB: number;
}

/** Both sides of the match and the token alignment the word diff gives. */
interface Pair {
  a: SideView;
  b: SideView;
  /** Partner of each token on the other side when the diff keeps it (equal), else -1. */
  eqA: Int32Array;
  eqB: Int32Array;
  /** 1 for a token already explained (moved, in a speech tag, a paired fact). */
  usedA: Uint8Array;
  usedB: Uint8Array;
  drafts: Draft[];
}

const FACT_ORDER: readonly FactType[] = ['date', 'number'];
// Deeper than this, what is left of a hunk is reported as it stands.
const MAX_SPLIT_DEPTH = 2;
// Consecutive edits separated by at most this many unchanged function words read as one edit.
const MAX_MERGE_GAP = 2;
const SUMMARY_WORDS_MAX = 60;

/** Token alignment from the diff: each op's offsets name the tokens it covers. */
function alignTokens(diff: readonly DiffOp[], a: SideView, b: SideView): { eqA: Int32Array; eqB: Int32Array } {
  const eqA = new Int32Array(a.length).fill(-1);
  const eqB = new Int32Array(b.length).fill(-1);
  let i = 0;
  let j = 0;
  for (const op of diff) {
    if (op.op === 'equal') {
      const endA = op.a![1];
      while (i < a.length && a.start[i]! < endA && j < b.length) {
        eqA[i] = j;
        eqB[j] = i;
        i++;
        j++;
      }
    } else if (op.op === 'delete') {
      while (i < a.length && a.start[i]! < op.a![1]) i++;
    } else {
      while (j < b.length && b.start[j]! < op.b![1]) j++;
    }
  }
  return { eqA, eqB };
}

function isContent(side: SideView, k: number): boolean {
  return side.stop[k] === 0;
}

/**
 * Phrases the diff shows as cut in one place and added in another: equal stems on both sides,
 * out of order. Longest first; two content words at least, or a date or a figure ("on Friday"
 * moved to the end).
 */
function findMoves(pair: Pair): void {
  const { a, b, eqA, eqB } = pair;
  const byStem = new Map<string, number[]>();
  for (let j = 0; j < b.length; j++) {
    if (eqB[j]! >= 0) continue;
    const list = byStem.get(b.stem[j]!);
    if (list === undefined) byStem.set(b.stem[j]!, [j]);
    else list.push(j);
  }
  if (byStem.size === 0) return;
  const runs: Array<[number, number, number]> = [];
  for (let i = 0; i < a.length; i++) {
    if (eqA[i]! >= 0) continue;
    const candidates = byStem.get(a.stem[i]!);
    if (candidates === undefined) continue;
    for (const j of candidates) {
      // Only maximal runs: one starting a token earlier already covers this one.
      if (i > 0 && j > 0 && eqA[i - 1]! < 0 && eqB[j - 1]! < 0 && a.stem[i - 1] === b.stem[j - 1]) continue;
      let length = 0;
      let content = 0;
      while (i + length < a.length && j + length < b.length && eqA[i + length]! < 0 && eqB[j + length]! < 0 && a.stem[i + length] === b.stem[j + length]) {
        if (isContent(a, i + length)) content++;
        length++;
      }
      // One shared content word ("the Russian") is too common to call a move; a date or a figure is not.
      let fact = false;
      for (let k = 0; k < length && !fact; k++) fact = a.numeral[i + k] === 1 || isDateToken(a, i + k);
      if (content >= 2 || (fact && !touchesDate(a, i, i + length) && !touchesDate(b, j, j + length))) runs.push([length, i, j]);
    }
  }
  runs.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  for (const [length, i, j] of runs) {
    let free = true;
    for (let k = 0; k < length && free; k++) free = pair.usedA[i + k] === 0 && pair.usedB[j + k] === 0;
    if (!free) continue;
    pair.usedA.fill(1, i, i + length);
    pair.usedB.fill(1, j, j + length);
    pair.drafts.push({ kind: 'reordered', a: [i, i + length], b: [j, j + length], atA: i, atB: j });
  }
}

/** A moved date must be the whole date: "March" out of "on March 14" is part of a changed date. */
function touchesDate(side: SideView, from: number, to: number): boolean {
  return (from > 0 && (isDateToken(side, from - 1) || side.numeral[from - 1] === 1)) || (to < side.length && (isDateToken(side, to) || side.numeral[to] === 1));
}

function hasChangedToken(eq: Int32Array, used: Uint8Array, tag: Attribution): boolean {
  for (let k = tag.from; k < tag.to; k++) if (eq[k]! < 0 && used[k] === 0) return true;
  return false;
}

function tagKey(side: SideView, tag: Attribution): { subject: string; rest: string } {
  return { subject: speakerKey(side, tag), rest: `${tag.lemma} ${partKey(side, tag.object, tag.skip)}` };
}

/**
 * Mark a tag's words explained. A word the diff keeps with a word outside the other tag (the
 * speaker's name, printed elsewhere in the other sentence) stays a kept word; `other` is the
 * partner tag, if any.
 */
function useTag(pair: Pair, tag: Attribution, side: 'a' | 'b', other?: Attribution, [from, to]: Range = [tag.from, tag.to]): void {
  const [used, eq, otherEq] = side === 'a' ? [pair.usedA, pair.eqA, pair.eqB] : [pair.usedB, pair.eqB, pair.eqA];
  for (let k = from; k < to; k++) {
    // A date inside the tag ("Putin in February said") stays a date of its own.
    if (k >= tag.skip[0] && k < tag.skip[1]) continue;
    const partner = eq[k]!;
    // (A function word kept with one elsewhere, "the" of "told the court", is a coincidence of the diff.)
    const view = side === 'a' ? pair.a : pair.b;
    if (partner >= 0 && view.stop[k] === 0 && (other === undefined || partner < other.from || partner >= other.to)) continue;
    used[k] = 1;
    if (partner >= 0) {
      otherEq[partner] = -1;
      eq[k] = -1;
    }
  }
}

/**
 * Speech tags that differ: paired through a word the diff keeps in both (the verb, the
 * speaker), else in order; a tag with no counterpart was added or cut. When the speaker is the
 * same, only the verb and listener are shown ("told the court" -> "said").
 */
function explainAttributions(pair: Pair): void {
  const tagsA = findAttributions(pair.a);
  const tagsB = findAttributions(pair.b);
  if (tagsA.length === 0 && tagsB.length === 0) return;
  const changedA = tagsA.map((tag) => hasChangedToken(pair.eqA, pair.usedA, tag));
  const changedB = tagsB.map((tag) => hasChangedToken(pair.eqB, pair.usedB, tag));
  const tagOfB = new Int32Array(pair.b.length).fill(-1);
  tagsB.forEach((tag, t) => tagOfB.fill(t, tag.from, tag.to));
  const partnerOfA = new Int32Array(tagsA.length).fill(-1);
  const takenB = new Uint8Array(tagsB.length);
  tagsA.forEach((tag, t) => {
    for (let k = tag.from; k < tag.to && partnerOfA[t] === -1; k++) {
      const j = pair.eqA[k]!;
      const other = j >= 0 ? tagOfB[j]! : -1;
      if (other >= 0 && takenB[other] === 0) {
        partnerOfA[t] = other;
        takenB[other] = 1;
      }
    }
  });
  // Changed tags not linked through a shared word pair up in reading order.
  let nextB = 0;
  tagsA.forEach((_tag, t) => {
    if (partnerOfA[t] !== -1 || !changedA[t]) return;
    while (nextB < tagsB.length && (takenB[nextB] === 1 || !changedB[nextB])) nextB++;
    if (nextB < tagsB.length) {
      partnerOfA[t] = nextB;
      takenB[nextB] = 1;
    }
  });
  const drafts: Draft[] = [];
  tagsA.forEach((tagA, t) => {
    const partner = partnerOfA[t]!;
    if (partner < 0) {
      // A tag whose words are all gone was cut; one partly kept is left to the word diff.
      if (fullyChanged(pair.eqA, tagA)) {
        drafts.push({ kind: 'attribution', a: [tagA.from, tagA.to], b: null, atA: tagA.from, atB: insertionPoint(pair.eqA, tagA.from, pair.b.length) });
        useTag(pair, tagA, 'a');
      }
      return;
    }
    const tagB = tagsB[partner]!;
    if (!changedA[t] && !changedB[partner]) return;
    const keyA = tagKey(pair.a, tagA);
    const keyB = tagKey(pair.b, tagB);
    if (keyA.subject === keyB.subject && keyA.rest === keyB.rest) {
      // The same tag in another place ("Peskov said" opening one sentence, closing the other).
      if (fullyChanged(pair.eqA, tagA) && fullyChanged(pair.eqB, tagB)) drafts.push({ kind: 'reordered', a: [tagA.from, tagA.to], b: [tagB.from, tagB.to], atA: tagA.from, atB: tagB.from });
    } else {
      const overlap = sharesWord(keyA.subject, keyB.subject);
      // Same verb, the same speaker named otherwise ("Mr Mansfield" / "Michael Mansfield QC",
      // "A friend of Ricky's" / "A friend of Mr Reel's"): the word diff tells it best, as a name
      // changed, not a whole tag.
      if (keyA.rest === keyB.rest && isRenamedSpeaker(pair, tagA, tagB)) return;
      // The same speaker, a speaker partly kept, or one side does not say who (a long aside
      // hides the name): only the verb and listener are shown.
      const sameSpeaker = keyA.subject === keyB.subject && keyA.subject !== '';
      const movedWhole = fullyChanged(pair.eqA, tagA) && fullyChanged(pair.eqB, tagB);
      // (With the same verb, the change is the speaker: shown whole.)
      const verbOnly = keyA.rest !== keyB.rest && (sameSpeaker || (overlap && !movedWhole) || isUnnamed(tagA) || isUnnamed(tagB));
      const a: Range = verbOnly ? [tagA.verb[0], Math.max(tagA.verb[1], tagA.object[1])] : [tagA.from, tagA.to];
      const b: Range = verbOnly ? [tagB.verb[0], Math.max(tagB.verb[1], tagB.object[1])] : [tagB.from, tagB.to];
      drafts.push({ kind: 'attribution', a, b, atA: a[0], atB: b[0] });
      // Where one side does not say who spoke, the other's speaker stays with the word diff when
      // it keeps some of those words in place (an aside may carry edits of its own); a tag moved
      // whole, or the same speaker in other words, is one edit.
      const whole = !verbOnly || sameSpeaker || movedWhole;
      useTag(pair, tagA, 'a', tagB, whole ? [tagA.from, tagA.to] : a);
      useTag(pair, tagB, 'b', tagA, whole ? [tagB.from, tagB.to] : b);
      return;
    }
    // Tags that say the same ("has said" / "said") are explained too: their small differences are no edit.
    useTag(pair, tagA, 'a', tagB);
    useTag(pair, tagB, 'b', tagA);
  });
  tagsB.forEach((tagB, t) => {
    if (takenB[t] === 1 || !fullyChanged(pair.eqB, tagB)) return;
    drafts.push({ kind: 'attribution', a: null, b: [tagB.from, tagB.to], atA: insertionPoint(pair.eqB, tagB.from, pair.a.length), atB: tagB.from });
    useTag(pair, tagB, 'b');
  });
  pair.drafts.push(...drafts);
}

function dissolveLinks(used: Uint8Array, eq: Int32Array, otherEq: Int32Array): void {
  for (let k = 0; k < used.length; k++) {
    if (used[k] === 1 && eq[k]! >= 0) {
      otherEq[eq[k]!] = -1;
      eq[k] = -1;
    }
  }
}

/** A speaker's content words, each with whether it is a name or a title. */
function speakerWords(side: SideView, tag: Attribution): Map<string, boolean> {
  const words = new Map<string, boolean>();
  const add = ([from, to]: Range): void => {
    for (let k = from; k < to; k++) {
      if (k >= tag.skip[0] && k < tag.skip[1]) continue;
      if (side.stop[k] === 1 || SLIGHT_WORDS.has(side.norm[k]!)) continue;
      words.set(side.stem[k]!, (side.capital[k] !== 0 && side.stop[k] === 0) || TITLE_WORDS.has(side.norm[k]!));
    }
  };
  add(tag.subject);
  add(tag.aside);
  return words;
}

/**
 * Both tags name one speaker in other words: a name in common ("Mr Mansfield" / "Michael
 * Mansfield QC"), or a word in common and only names and titles differing on both sides ("A
 * friend of Ricky's" / "A friend of Mr Reel's"). "Peskov" / "the Kremlin" share nothing: another
 * speaker.
 */
function isRenamedSpeaker(pair: Pair, tagA: Attribution, tagB: Attribution): boolean {
  const wordsA = speakerWords(pair.a, tagA);
  const wordsB = speakerWords(pair.b, tagB);
  let onlyA = 0;
  let onlyB = 0;
  let common = 0;
  let plain = false;
  for (const [word, name] of wordsA) {
    if (wordsB.has(word)) {
      if (name) return true;
      common++;
    } else {
      onlyA++;
      if (!name) plain = true;
    }
  }
  for (const [word, name] of wordsB) {
    if (wordsA.has(word)) continue;
    onlyB++;
    if (!name) plain = true;
  }
  return common > 0 && onlyA > 0 && onlyB > 0 && !plain;
}

/** A tag whose speaker was not found (a long aside before the verb): "…, confirmed that". */
function isUnnamed(tag: Attribution): boolean {
  return tag.subject[0] === tag.subject[1] && tag.aside[0] === tag.aside[1];
}

/** Whether two speaker keys (sorted words) have a word in common. */
function sharesWord(x: string, y: string): boolean {
  if (x === '' || y === '') return false;
  const words = new Set(x.split(' '));
  return y.split(' ').some((word) => words.has(word));
}

function fullyChanged(eq: Int32Array, tag: Attribution): boolean {
  for (let k = tag.from; k < tag.to; k++) if (eq[k]! >= 0) return false;
  return true;
}

/** Where words at position k of one side would sit on the other: the partner of the next kept word. */
function insertionPoint(eq: Int32Array, k: number, otherLength: number): number {
  for (let t = k; t < eq.length; t++) if (eq[t]! >= 0) return eq[t]!;
  return otherLength;
}

/** Runs of tokens of [from, to) not yet explained. */
function openRuns(used: Uint8Array, from: number, to: number): Range[] {
  const runs: Range[] = [];
  let k = from;
  while (k < to) {
    if (used[k] === 1) {
      k++;
      continue;
    }
    let e = k;
    while (e < to && used[e] === 0) e++;
    runs.push([k, e]);
    k = e;
  }
  return runs;
}

function isSlightRun(side: SideView, [from, to]: Range): boolean {
  for (let k = from; k < to; k++) if (!SLIGHT_WORDS.has(side.norm[k]!)) return false;
  return true;
}

/** Runs of only "a", "the", "that" are no edit of their own where a side has other changed words. */
function withoutSlightRuns(side: SideView, runs: Range[]): Range[] {
  const kept = runs.filter((run) => !isSlightRun(side, run));
  return kept.length > 0 ? kept : runs;
}

/** "a", "the", "that" at a run's edge are no part of the edit ("that several" -> "some"), unless they are all of it ("a" -> "every"). */
function trimSlight(side: SideView, [from, to]: Range): Range {
  let first = from;
  let last = to;
  while (first < last && SLIGHT_WORDS.has(side.norm[first]!)) first++;
  while (last > first && SLIGHT_WORDS.has(side.norm[last - 1]!)) last--;
  return last > first ? [first, last] : [from, to];
}

/** Facts of one type on each side, paired in order when each side has as many. */
function pairFacts(type: FactType, factsA: Fact[], factsB: Fact[]): Array<[Fact, Fact]> {
  const ofA = factsA.filter((fact) => fact.type === type);
  const ofB = factsB.filter((fact) => fact.type === type);
  if (ofA.length === 0 || ofA.length !== ofB.length) return [];
  return ofA.map((fact, k): [Fact, Fact] => [fact, ofB[k]!]);
}

/** Grow a change over unchanged neighbours that belong to it (a figure's unit, a date's month, the rest of a name). */
function extendOver(pair: Pair, draft: Draft, belongs: (side: SideView, k: number) => boolean, gapOk: (side: SideView, k: number) => boolean): void {
  const a: Range = draft.a ?? [draft.atA, draft.atA];
  const b: Range = draft.b ?? [draft.atB, draft.atB];
  let grew = false;
  // A side with no words yet has no gap inside the change to check.
  const gapsOk = (k: number, j: number): boolean => (a[1] === a[0] || gapOk(pair.a, k)) && (b[1] === b[0] || gapOk(pair.b, j));
  while (a[1] < pair.a.length && b[1] < pair.b.length && pair.eqA[a[1]] === b[1] && belongs(pair.a, a[1]) && gapsOk(a[1], b[1])) {
    a[1]++;
    b[1]++;
    grew = true;
  }
  while (a[0] > 0 && b[0] > 0 && pair.eqA[a[0] - 1] === b[0] - 1 && belongs(pair.a, a[0] - 1) && gapsOk(a[0], b[0])) {
    a[0]--;
    b[0]--;
    grew = true;
  }
  if (!grew && (draft.a === null || draft.b === null)) return;
  draft.a = a;
  draft.b = b;
  draft.atA = a[0];
  draft.atB = b[0];
}

function noPause(side: SideView, k: number): boolean {
  return (side.gap[k]! & GAP_PAUSE) === 0;
}

function anyGap(): boolean {
  return true;
}

function extendFact(pair: Pair, draft: Draft): void {
  if (draft.kind === 'number') extendOver(pair, draft, isFigureUnit, noPause);
  else if (draft.kind === 'date') extendOver(pair, draft, isDateToken, anyGap);
  else extendOver(pair, draft, isNameToken, noPause);
}

/** Words that can stand for a name on one side of a name change: name words, no date among them. */
function isNameChange(side: SideView, run: Range): boolean {
  if (!isNameRun(side, run[0], run[1])) return false;
  for (let k = run[0]; k < run[1]; k++) if (isDateToken(side, k)) return false;
  return true;
}

/** "Russian" and "Russia's" name the same thing in another form: a rewording, not another name. */
function isSameNameForm(pair: Pair, runA: Range, runB: Range): boolean {
  const x = pair.a.norm.slice(runA[0], runA[1]).join(' ');
  const y = pair.b.norm.slice(runB[0], runB[1]).join(' ');
  return Math.min(x.length, y.length) >= 4 && (x.startsWith(y) || y.startsWith(x));
}

function hasNameCapital(side: SideView, [from, to]: Range): boolean {
  for (let k = from; k < to; k++) if (side.capital[k] === CAPITAL_NAME) return true;
  return false;
}

function hasTitle(side: SideView, [from, to]: Range): boolean {
  for (let k = from; k < to; k++) if (TITLE_WORDS.has(side.norm[k]!)) return true;
  return false;
}

function isQuotedRun(side: SideView, [from, to]: Range): boolean {
  for (let k = from; k < to; k++) if (side.quote[k]! < 0) return false;
  return to > from;
}

/** Words would go at `at` on a side: inside a quotation there (a quoted word on either hand). */
function isQuotedAt(side: SideView, at: number): boolean {
  return (at > 0 && side.quote[at - 1]! >= 0) || (at < side.length && side.quote[at]! >= 0);
}

/** One change for what is left of a hunk on each side (one run or none per side). */
function classifyRuns(pair: Pair, untrimmedA: Range | undefined, untrimmedB: Range | undefined, hunk: Hunk): void {
  const slightA = untrimmedA === undefined || isSlightRun(pair.a, untrimmedA);
  const slightB = untrimmedB === undefined || isSlightRun(pair.b, untrimmedB);
  // "the" for "a", a dropped "that": no change worth a line.
  if (slightA && slightB) return;
  const runA = untrimmedA === undefined ? undefined : trimSlight(pair.a, untrimmedA);
  const runB = untrimmedB === undefined ? undefined : trimSlight(pair.b, untrimmedB);
  if (runA !== undefined && runB !== undefined) {
    const draft: Draft = { kind: 'reworded', a: runA, b: runB, atA: runA[0], atB: runB[0] };
    const named = hasNameCapital(pair.a, runA) || hasNameCapital(pair.b, runB) || hasTitle(pair.a, runA) || hasTitle(pair.b, runB);
    if (named && isNameChange(pair.a, runA) && isNameChange(pair.b, runB) && !isSameNameForm(pair, runA, runB)) {
      draft.kind = 'name';
      extendFact(pair, draft);
    } else if (isQuotedRun(pair.a, runA) && isQuotedRun(pair.b, runB)) {
      draft.kind = 'quote';
    }
    pair.drafts.push(draft);
    return;
  }
  if (runA !== undefined) {
    const at = runA[1] === hunk.toA ? hunk.toB : hunk.fromB;
    const draft: Draft = { kind: 'cut', a: runA, b: null, atA: runA[0], atB: at };
    classifyOneSided(pair, draft, pair.a, runA, pair.b, at);
    pair.drafts.push(draft);
  } else if (runB !== undefined) {
    const at = runB[1] === hunk.toB ? hunk.toA : hunk.fromA;
    const draft: Draft = { kind: 'added', a: null, b: runB, atA: at, atB: runB[0] };
    classifyOneSided(pair, draft, pair.b, runB, pair.a, at);
    pair.drafts.push(draft);
  }
}

function classifyOneSided(pair: Pair, draft: Draft, side: SideView, run: Range, other: SideView, at: number): void {
  if (isNameChange(side, run)) {
    // "Mr" cut before a kept "Smith": the name is titled differently. A sentence's first word
    // ("Vladimir" before a kept "Putin") counts when the name it joins is surely one.
    const before = { ...draft };
    extendOver(pair, draft, isNameToken, noPause);
    const grown = side === pair.a ? draft.a : draft.b;
    if (draft.a !== null && draft.b !== null && grown !== null && (hasNameCapital(side, grown) || hasTitle(side, grown))) {
      draft.kind = 'name';
      return;
    }
    Object.assign(draft, before);
  }
  if (isQuotedRun(side, run) && isQuotedAt(other, at)) draft.kind = 'quote';
}

interface Hunk {
  fromA: number;
  toA: number;
  fromB: number;
  toB: number;
}

/** Explain the words of a hunk not explained yet: facts first, then what is left, split where facts or tags cut it. */
function explainRuns(pair: Pair, runsA: Range[], runsB: Range[], hunk: Hunk, depth: number, facts?: [Fact[], Fact[]]): void {
  if (runsA.length === 0 && runsB.length === 0) return;
  // A side with nothing left pairs no fact: skip reading them.
  const factsA = runsB.length === 0 ? [] : (facts?.[0] ?? factsOf(pair.a, runsA));
  const factsB = runsA.length === 0 ? [] : (facts?.[1] ?? factsOf(pair.b, runsB));
  let paired = false;
  for (const type of FACT_ORDER) {
    for (const [factA, factB] of pairFacts(type, factsA, factsB)) {
      if (isUsedRange(pair.usedA, factA) || isUsedRange(pair.usedB, factB)) continue;
      useFactPair(pair, type, factA, factB);
      paired = true;
    }
  }
  const leftA = withoutSlightRuns(pair.a, paired ? runsA.flatMap(([from, to]) => openRuns(pair.usedA, from, to)) : runsA);
  const leftB = withoutSlightRuns(pair.b, paired ? runsB.flatMap(([from, to]) => openRuns(pair.usedB, from, to)) : runsB);
  if (leftA.length <= 1 && leftB.length <= 1) {
    classifyRuns(pair, leftA[0], leftB[0], hunk);
    return;
  }
  // Several runs on a side: pair them in order when the counts agree, else from the hunk's end
  // (the words nearest the next kept word stand for each other); the rest were added or cut.
  const common = Math.min(leftA.length, leftB.length);
  const offsetA = leftA.length - common;
  const offsetB = leftB.length - common;
  for (let k = 0; k < offsetA; k++) classifyRuns(pair, leftA[k], undefined, hunk);
  for (let k = 0; k < offsetB; k++) classifyRuns(pair, undefined, leftB[k], hunk);
  for (let k = 0; k < common; k++) {
    const runA = leftA[offsetA + k]!;
    const runB = leftB[offsetB + k]!;
    if (depth < MAX_SPLIT_DEPTH) explainRuns(pair, [runA], [runB], hunk, depth + 1);
    else classifyRuns(pair, runA, runB, hunk);
  }
}

function isUsedRange(used: Uint8Array, fact: Fact): boolean {
  for (let k = fact.from; k < fact.to; k++) if (used[k] === 1) return true;
  return false;
}

/** The stretches between two words the alignment keeps. */
function findHunks(pair: Pair): Hunk[] {
  const { a, b, eqA, eqB } = pair;
  const hunks: Hunk[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && eqA[i] === j) {
      i++;
      j++;
      continue;
    }
    let toA = i;
    while (toA < a.length && eqA[toA]! < 0) toA++;
    let toB = j;
    while (toB < b.length && eqB[toB]! < 0) toB++;
    hunks.push({ fromA: i, toA, fromB: j, toB });
    i = toA;
    j = toB;
  }
  return hunks;
}

/**
 * A date or a figure that changed place as well as value ("on Sunday" early in one sentence,
 * "on March 31" late in the other): paired across the match when each side has exactly one
 * among its changed words.
 */
function pairLoneFacts(pair: Pair, factsA: readonly Fact[], factsB: readonly Fact[]): void {
  for (const type of ['date', 'number'] as const) {
    const ofA = factsA.filter((fact) => fact.type === type);
    const ofB = factsB.filter((fact) => fact.type === type);
    // Far apart, two figures are the same figure only when counted in the same unit.
    if (ofA.length === 1 && ofB.length === 1 && ofA[0]!.unit === ofB[0]!.unit) useFactPair(pair, type, ofA[0]!, ofB[0]!);
  }
}

/** Explain a pair of facts: a change when they differ, nothing when they say the same. */
function useFactPair(pair: Pair, type: FactType, factA: Fact, factB: Fact): void {
  pair.usedA.fill(1, factA.from, factA.to);
  pair.usedB.fill(1, factB.from, factB.to);
  // The same figure or date written another way ("5m" / "5 million", "on Monday" / "Monday") is no change.
  if (factA.value === factB.value) return;
  const draft: Draft = { kind: type, a: [factA.from, factA.to], b: [factB.from, factB.to], atA: factA.from, atB: factB.from };
  extendFact(pair, draft);
  pair.drafts.push(draft);
}

/** Each stretch between two words the alignment keeps, with its unexplained words on each side. */
function explainHunks(pair: Pair): void {
  const hunks = findHunks(pair);
  const runsA = hunks.map((hunk) => openRuns(pair.usedA, hunk.fromA, hunk.toA));
  const runsB = hunks.map((hunk) => openRuns(pair.usedB, hunk.fromB, hunk.toB));
  // Facts are read once per hunk and shared by the lone-fact pairing and the hunk's own.
  const factsA = runsA.map((runs) => factsOf(pair.a, runs));
  const factsB = runsB.map((runs) => factsOf(pair.b, runs));
  pairLoneFacts(pair, factsA.flat(), factsB.flat());
  hunks.forEach((hunk, h) => {
    const openA = factsA[h]!.filter((fact) => !isUsedRange(pair.usedA, fact));
    const openB = factsB[h]!.filter((fact) => !isUsedRange(pair.usedB, fact));
    // The lone facts just paired are explained: the runs are read again without them.
    explainRuns(pair, openRuns(pair.usedA, hunk.fromA, hunk.toA), openRuns(pair.usedB, hunk.fromB, hunk.toB), hunk, 0, [openA, openB]);
  });
}

function factsOf(side: SideView, runs: readonly Range[]): Fact[] {
  if (runs.length === 1) return findFacts(side, runs[0]![0], runs[0]![1]);
  return runs.flatMap(([from, to]) => findFacts(side, from, to));
}

function endA(draft: Draft): number {
  return draft.a ? draft.a[1] : draft.atA;
}

function endB(draft: Draft): number {
  return draft.b ? draft.b[1] : draft.atB;
}

function startA(draft: Draft): number {
  return draft.a ? draft.a[0] : draft.atA;
}

function startB(draft: Draft): number {
  return draft.b ? draft.b[0] : draft.atB;
}

const LOOSE_KINDS = new Set<ChangeKind>(['reworded', 'cut', 'added']);

function mergedKind(x: Draft, y: Draft): ChangeKind | null {
  if (x.kind === 'attribution' || y.kind === 'attribution' || x.kind === 'reordered' || y.kind === 'reordered') return null;
  if (LOOSE_KINDS.has(x.kind) && LOOSE_KINDS.has(y.kind)) return 'reworded';
  return x.kind === y.kind ? x.kind : null;
}

/**
 * Consecutive changes separated by at most two function words on each side become
 * one ("Russia" -> "Moscow" and "the United States" -> "Washington" around "and"), when the
 * result shows words on both sides and the kinds agree (reworded, added and cut read as reworded).
 */
function mergeNeighbours(pair: Pair, drafts: Draft[]): Draft[] {
  const merged: Draft[] = [];
  for (const draft of drafts) {
    const last = merged[merged.length - 1];
    if (last !== undefined && canMerge(pair, last, draft)) {
      const a: Range = [Math.min(startA(last), startA(draft)), Math.max(endA(last), endA(draft))];
      const b: Range = [Math.min(startB(last), startB(draft)), Math.max(endB(last), endB(draft))];
      merged[merged.length - 1] = { kind: mergedKind(last, draft)!, a, b, atA: a[0], atB: b[0] };
    } else {
      merged.push(draft);
    }
  }
  return merged;
}

function canMerge(pair: Pair, x: Draft, y: Draft): boolean {
  const kind = mergedKind(x, y);
  if (kind === null) return false;
  // Two changes grown over the same kept word ("Mr" -> "Michael" and "QC" added, both around "Mansfield") are one.
  if (x.kind === y.kind && (startA(y) < endA(x) || startB(y) < endB(x))) return true;
  if ((x.a === null && y.a === null) || (x.b === null && y.b === null)) return false;
  return isSlightGap(pair.a, pair.usedA, endA(x), startA(y)) && isSlightGap(pair.b, pair.usedB, endB(x), startB(y));
}

/** Between two changes on one side: at most a few function words, none part of another change. */
function isSlightGap(side: SideView, used: Uint8Array, from: number, to: number): boolean {
  if (to < from || to - from > MAX_MERGE_GAP) return false;
  for (let k = from; k < to; k++) if (side.stop[k] === 0 || (used[k] === 1 && !SLIGHT_WORDS.has(side.norm[k]!))) return false;
  return true;
}

function charRange(side: SideView, [from, to]: Range, kind: ChangeKind): [number, number] {
  let start = side.start[from]!;
  if (kind === 'number' && start > 0 && CURRENCY_SIGNS.includes(side.text[start - 1]!)) start--;
  return [start, side.end[to - 1]!];
}

function clip(words: string): string {
  const flat = words.replace(/\s+/g, ' ').trim();
  return flat.length <= SUMMARY_WORDS_MAX ? flat : `${flat.slice(0, SUMMARY_WORDS_MAX - 1).trimEnd()}…`;
}

/** "25 per cent" -> "50 per cent" reads "25 -> 50 per cent": a shared unit after a space is said once. */
function withoutSharedUnit(from: string, to: string): string {
  let k = 0;
  while (k < from.length && k < to.length && from[from.length - 1 - k] === to[to.length - 1 - k]) k++;
  const suffix = from.slice(from.length - k);
  const space = suffix.search(/\s/);
  if (space < 0) return from;
  const cut = from.length - k + space;
  return cut > 0 && to.length - k + space > 0 ? from.slice(0, cut) : from;
}

function summarize(kind: ChangeKind, from: string | undefined, to: string | undefined): string {
  const f = from === undefined ? undefined : clip(from);
  const t = to === undefined ? undefined : clip(to);
  switch (kind) {
    case 'number':
      return `number changed: ${withoutSharedUnit(f!, t!)} -> ${t}`;
    case 'name':
    case 'date':
      return `${kind} changed: ${f} -> ${t}`;
    case 'attribution':
      if (f !== undefined && t !== undefined) return `attribution changed: ${f} -> ${t}`;
      return f !== undefined ? `attribution cut: "${f}"` : `attribution added: "${t}"`;
    case 'quote':
      if (f !== undefined && t !== undefined) return `quote reworded: "${f}" -> "${t}"`;
      return f !== undefined ? `cut from quote: "${f}"` : `added to quote: "${t}"`;
    case 'reworded':
      return `reworded: "${f}" -> "${t}"`;
    case 'added':
      return `added: "${t}"`;
    case 'cut':
      return `cut: "${f}"`;
    case 'reordered':
      return `moved: "${f}"`;
  }
}

/** The two sides of a match and its word diff, from side a to side b. */
export interface ExplainInput {
  a: SideView;
  b: SideView;
  diff: readonly DiffOp[];
}

/**
 * What changed between the two sides of an edited or paraphrased match, in an editor's terms,
 * in reading order of side a. Works from the word diff: speech tags changed (found on each
 * side, then compared), phrases moved, then each stretch of changed words between two kept
 * words — figures, dates and names paired across the sides, what is left reworded, added or
 * cut (inside quotation marks on both sides: `quote`). Changes of case and punctuation never
 * show (the diff compares normalised stems), nor the same figure written another way or a
 * lone "a"/"the"/"that".
 *
 * `mirrored` reports the changes from b to a instead (a's words in `to`, "added" for "cut"):
 * `compare` explains every match in one orientation chosen from the texts alone and mirrors it
 * as needed, so swapping two documents mirrors their changes exactly.
 *
 * @example
 * explainChanges({ a: viewA, b: viewB, diff: match.diff });
 * // [{ kind: 'number', a: [31, 42], b: [31, 42], from: '25 per cent', to: '50 per cent', summary: 'number changed: 25 -> 50 per cent' }]
 */
export function explainChanges({ a, b, diff }: ExplainInput, mirrored = false): Change[] {
  const { eqA, eqB } = alignTokens(diff, a, b);
  const pair: Pair = { a, b, eqA, eqB, usedA: a.dateline.slice(), usedB: b.dateline.slice(), drafts: [] };
  // A dateline is layout: its words explain nothing, and a word it shares ("PORTHAVEN") with
  // the other side's sentence is that sentence's own word.
  dissolveLinks(pair.usedA, eqA, eqB);
  dissolveLinks(pair.usedB, eqB, eqA);
  // Speech tags first: a tag is one edit even when its words also moved.
  explainAttributions(pair);
  findMoves(pair);
  explainHunks(pair);
  const ordered = pair.drafts.sort((x, y) => x.atA - y.atA || x.atB - y.atB);
  const drafts = mergeNeighbours(pair, ordered);
  const changes = drafts.map((draft) => {
    const kind = mirrored ? mirrorKind(draft.kind) : draft.kind;
    const [first, second, rangeFirst, rangeSecond] = mirrored ? [b, a, draft.b, draft.a] : [a, b, draft.a, draft.b];
    const change: Change = { kind, summary: '' };
    if (rangeFirst !== null) {
      change.a = charRange(first, rangeFirst, kind);
      change.from = first.text.slice(change.a[0], change.a[1]);
    }
    if (rangeSecond !== null) {
      change.b = charRange(second, rangeSecond, kind);
      change.to = second.text.slice(change.b[0], change.b[1]);
    }
    change.summary = summarize(kind, change.from, change.to);
    return { change, atFirst: mirrored ? draft.atB : draft.atA, atSecond: mirrored ? draft.atA : draft.atB };
  });
  if (mirrored) changes.sort((x, y) => x.atFirst - y.atFirst || x.atSecond - y.atSecond);
  return changes.map((entry) => entry.change);
}

function mirrorKind(kind: ChangeKind): ChangeKind {
  return kind === 'added' ? 'cut' : kind === 'cut' ? 'added' : kind;
}
