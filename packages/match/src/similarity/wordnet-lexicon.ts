import { WORDNET_TABLE } from './generated/wordnet-table.js';
import { IRREGULAR_BASE_FORMS } from './english-irregular-forms.js';

/** What the WordNet table knows about one English word form. */
export interface LexiconEntry {
  /** SemCor tag count of its base forms (0 when WordNet never saw it tagged). */
  readonly count: number;
  /** Ids of the frequent synsets it shares with other words; sorted ascending, no duplicates. */
  readonly synsets: readonly number[];
}

interface RawEntry {
  count: number;
  synsets: number[];
}

/**
 * WordNet's morphy detachment rules (noun, verb and adjective suffixes). Applied without knowing
 * the part of speech, every candidate base form found in the table is taken.
 */
const DETACHMENT_RULES: ReadonlyArray<readonly [string, string]> = [
  ['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'],
  ['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', ''],
  ['er', ''], ['est', ''], ['er', 'e'], ['est', 'e'],
];
/** Doubled final consonant before -ed/-ing/-er/-est ("stopped" -> "stop"). */
const DOUBLED_CONSONANT = /([bcdfgklmnprstvz])\1(?:ed|ing|er|est)$/;
const DOUBLED_SUFFIX = /(?:ed|ing|er|est)$/;

const EMPTY_ENTRY: LexiconEntry = { count: 0, synsets: [] };

let table: Map<string, RawEntry> | undefined;

// News vocabulary is small and repetitive, so lookups are cached per word form; bounded so that
// hostile input cannot grow it without limit.
const CACHE_LIMIT = 100_000;
const cache = new Map<string, LexiconEntry>();

// Parsed on first use: ~50k lines, a few milliseconds, paid only by English text.
function loadTable(): Map<string, RawEntry> {
  if (table !== undefined) return table;
  table = new Map();
  for (const line of WORDNET_TABLE.split('\n')) {
    const [lemma = '', count = '0', ids = ''] = line.split(' ');
    table.set(lemma, { count: Number(count), synsets: ids === '' ? [] : ids.split(',').map((id) => parseInt(id, 36)) });
  }
  return table;
}

function baseFormCandidates(word: string): string[] {
  const candidates = [word];
  const irregular = IRREGULAR_BASE_FORMS.get(word);
  if (irregular !== undefined) candidates.push(irregular);
  for (const [suffix, replacement] of DETACHMENT_RULES) {
    if (word.length > suffix.length + 1 && word.endsWith(suffix)) {
      candidates.push(word.slice(0, word.length - suffix.length) + replacement);
    }
  }
  if (DOUBLED_CONSONANT.test(word)) {
    const stripped = word.replace(DOUBLED_SUFFIX, '');
    candidates.push(stripped.slice(0, -1));
  }
  return candidates;
}

/**
 * Look an English word form up in the WordNet table: the largest tag count and the union of the
 * synsets of every base form it may be an inflection of.
 * @example lookupEnglishWord('said').synsets.length > 0 // shares a synset with "tell"
 */
export function lookupEnglishWord(word: string): LexiconEntry {
  let entry = cache.get(word);
  if (entry === undefined) {
    entry = lookupUncached(word);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, entry);
  }
  return entry;
}

function lookupUncached(word: string): LexiconEntry {
  const lemmas = loadTable();
  let count = 0;
  let synsets: number[] | undefined;
  for (const candidate of baseFormCandidates(word)) {
    const entry = lemmas.get(candidate);
    if (entry === undefined) continue;
    if (entry.count > count) count = entry.count;
    if (entry.synsets.length > 0) synsets = synsets === undefined ? [...entry.synsets] : synsets.concat(entry.synsets);
  }
  if (count === 0 && synsets === undefined) return EMPTY_ENTRY;
  const unique = synsets === undefined ? [] : [...new Set(synsets)].sort((x, y) => x - y);
  return { count, synsets: unique };
}
