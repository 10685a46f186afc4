// The METER corpus (../shared/datasets/meter), read one way for the whole of bench.
//
// Every file is decoded from Windows-1252 byte for byte (@wirediff/text's decoder: Node 20's
// TextDecoder('windows-1252') is ISO-8859-1 and turns curly quotes and dashes into C1 controls).
// Two forms of a text, and no third:
// - raw (`decodeMeterFile`, `{ form: 'raw' }`): the decoded file untouched, CRLF, `<` markers
//   and ^Y codes included. It is what a user pasting the file gives the engine, and the text
//   the dev gold's offsets index.
// - clean (the default): line ends as `\n`; a newspaper article trimmed; a wire take through
//   `cleanWireText` (header, ^Y codes, `<` markers and the operator's sign-off dropped,
//   paragraphs separated by a blank line). The speed benchmarks and the reuse survey read it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeWindows1252 } from '@wirediff/text';
import { sharedPath } from './shared-path.js';

/** One METER story folder: the PA wire takes and the newspapers' versions of the same story. */
export interface MeterStoryRef {
  /** `courts` or `showbiz`. */
  domain: string;
  /** Folder date as METER writes it, `dd.mm.yy`. */
  date: string;
  story: string;
  /** `domain/date/story`, unique and stable: the sort and sample key. */
  key: string;
  wireFiles: string[];
  newspaperFiles: string[];
}

/** A text (cleaned unless read raw) with the absolute path of the file it came from. */
export interface MeterText {
  file: string;
  text: string;
}

/** A newspaper's article, with the paper's name taken from the file name (`posh124_sun.txt`). */
export interface MeterArticle extends MeterText {
  newspaper: string;
}

/** A story folder with its texts read and cleaned. */
export interface MeterStory extends MeterStoryRef {
  wire: MeterText[];
  newspapers: MeterArticle[];
}

/** Where METER lives unless told: `../shared/datasets/meter` beside the checkout. */
export const DEFAULT_METER_ROOT: string = sharedPath('datasets/meter');

const LINE_BREAK = /\r?\n/u;
// `                 23:19 27/01/00: Page 1 (HHH) SHOWBIZ Posh`
const WIRE_TIMESTAMP = /^\s*\d{1,2}:\d{2} \d{2}\/\d{2}\/\d{2}: Page \d+/u;
const RULE_LINE = /^\s*-{10,}\s*$/u;
// PA copy marks each paragraph with ^Y (0x19) and uses other C0 codes as layout hints.
const CONTROL_CHARS = /[\u0000-\u0008\u000b-\u001f\u007f]/gu;
const PARAGRAPH_END_MARKER = /<\s*$/u;
// Operator sign-offs closing a take: `end`, `ends`, `mfl`, `mf`, `</HTML>end`.
const SIGN_OFF = /^(?:<\/?html>)?\s*(?:ends?|[a-z]{1,4})\s*$/iu;
const NEWSPAPER_SUFFIX = /_([a-z]+)\.txt$/iu;
const TEXT_FILE = /\.txt$/iu;
const byNaturalOrder = new Intl.Collator('en', { numeric: true }).compare;

/**
 * Plain wire copy from a raw PA take: drops the rule-and-timestamp header, the ^Y paragraph
 * codes, the `<` paragraph-end markers and the operator's sign-off. Hard line wraps inside a
 * paragraph stay (the engine reads them as spaces); paragraphs are separated by a blank line.
 * @example cleanWireText('  ----\n\n 12:22 14/12/99: Page 1 (HHH) SHOWBIZ Panto\n  ----\nTITLE<\n\u0019Body\ntext.<\n\u0019end<\n') // 'TITLE\n\nBody\ntext.'
 */
export function cleanWireText(raw: string): string {
  let lines = raw.split(LINE_BREAK);
  const stamp = lines.findIndex((line) => WIRE_TIMESTAMP.test(line));
  if (stamp >= 0) {
    const rule = lines.findIndex((line, index) => index > stamp && RULE_LINE.test(line));
    lines = lines.slice((rule >= 0 ? rule : stamp) + 1);
  }
  const paragraphs: string[] = [];
  let current: string[] = [];
  const flush = (): void => {
    if (current.length > 0) paragraphs.push(current.join('\n'));
    current = [];
  };
  for (const rawLine of lines) {
    if (RULE_LINE.test(rawLine)) continue;
    const line = rawLine.replace(CONTROL_CHARS, ' ').trim();
    const ends = PARAGRAPH_END_MARKER.test(line);
    const content = line.replace(PARAGRAPH_END_MARKER, '').trim();
    if (content !== '') current.push(content);
    if (ends || content === '') flush();
  }
  flush();
  while (paragraphs.length > 0 && SIGN_OFF.test(paragraphs.at(-1) ?? '')) paragraphs.pop();
  return paragraphs.join('\n\n');
}

/**
 * A METER file exactly as stored: cp1252 decoded byte for byte (one character per byte), no
 * newline translation. The dev gold's offsets index this text.
 * @example decodeMeterFile(meterPath('newspapers/rawtexts/showbiz/27.01.00/posh/posh124_sun.txt')).includes('\r\n') // true
 */
export function decodeMeterFile(path: string): string {
  return decodeWindows1252(readFileSync(path));
}

/**
 * Absolute path of a file or folder under the METER root (paths as the dev gold writes them).
 * @example meterPath('PA/rawtexts/courts/02.11.99/plane/plane1.txt')
 */
export function meterPath(relative: string, root: string = DEFAULT_METER_ROOT): string {
  return join(root, relative);
}

/**
 * A METER file's text: cp1252 decoded, line breaks as `\n`.
 * @example readMeterFile('/work/shared/datasets/meter/newspapers/rawtexts/showbiz/27.01.00/posh/posh124_sun.txt')
 */
export function readMeterFile(path: string): string {
  return decodeMeterFile(path).replace(/\r\n?/gu, '\n');
}

function listDirectories(path: string): string[] {
  if (!existsSync(path)) return [];
  return readdirSync(path, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort(byNaturalOrder);
}

function listTexts(path: string, keep: (name: string) => boolean): string[] {
  if (!existsSync(path)) return [];
  return readdirSync(path, { withFileTypes: true })
    .filter((entry) => entry.isFile() && TEXT_FILE.test(entry.name) && keep(entry.name))
    .map((entry) => join(path, entry.name))
    .sort(byNaturalOrder);
}

/**
 * Every story folder that has both wire takes and newspaper articles, sorted by key.
 * @example listMeterStories().length // 250-odd
 */
export function listMeterStories(root: string = DEFAULT_METER_ROOT): MeterStoryRef[] {
  const stories: MeterStoryRef[] = [];
  const wireRoot = join(root, 'PA', 'rawtexts');
  for (const domain of listDirectories(wireRoot)) {
    for (const date of listDirectories(join(wireRoot, domain))) {
      for (const story of listDirectories(join(wireRoot, domain, date))) {
        const wireFiles = listTexts(join(wireRoot, domain, date, story), () => true);
        const newspaperFiles = listTexts(join(root, 'newspapers', 'rawtexts', domain, date, story), (name) => NEWSPAPER_SUFFIX.test(name));
        if (wireFiles.length === 0 || newspaperFiles.length === 0) continue;
        stories.push({ domain, date, story, key: `${domain}/${date}/${story}`, wireFiles, newspaperFiles });
      }
    }
  }
  return stories.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/**
 * `count` stories spread evenly over the sorted list, so the sample covers both domains and
 * all dates, and is the same on every run.
 * @example sampleMeterStories(listMeterStories(), 20).length // 20
 */
export function sampleMeterStories<T>(stories: readonly T[], count: number): T[] {
  if (count >= stories.length) return [...stories];
  return Array.from({ length: count }, (_, i) => stories[Math.floor((i * stories.length) / count)]!);
}

/**
 * The newspaper's name from a METER file name.
 * @example newspaperOf('posh124_sun.txt') // 'sun'
 */
export function newspaperOf(file: string): string {
  return NEWSPAPER_SUFFIX.exec(file)?.[1]?.toLowerCase() ?? 'unknown';
}

/** Which form of the texts `loadMeterStory` gives (see the head of this module). */
export type MeterTextForm = 'clean' | 'raw';

/**
 * Reads one story folder's texts (wire takes in take order), cleaned unless `form: 'raw'`.
 * @example loadMeterStory(listMeterStories()[0]!).wire[0]!.text
 * @example loadMeterStory(ref, { form: 'raw' }).wire[0]!.text.startsWith('  ----') // true
 */
export function loadMeterStory(ref: MeterStoryRef, { form = 'clean' }: { form?: MeterTextForm } = {}): MeterStory {
  const wire = form === 'raw' ? decodeMeterFile : (file: string): string => cleanWireText(readMeterFile(file));
  const paper = form === 'raw' ? decodeMeterFile : (file: string): string => readMeterFile(file).trim();
  return {
    ...ref,
    wire: ref.wireFiles.map((file) => ({ file, text: wire(file) })),
    newspapers: ref.newspaperFiles.map((file) => ({ file, newspaper: newspaperOf(file), text: paper(file) })),
  };
}

/**
 * The stories of one domain (`courts` or `showbiz`), in key order.
 * @example meterStoriesOf('courts', listMeterStories()).length
 */
export function meterStoriesOf(domain: string, stories: readonly MeterStoryRef[] = listMeterStories()): MeterStoryRef[] {
  return stories.filter((story) => story.domain === domain);
}

/**
 * A story's wire takes as one text, the way a newspaper desk saw them.
 * @example joinWireTakes(loadMeterStory(ref)) // 'TITLE\n\nBody…\n\nSecond take…'
 */
export function joinWireTakes(story: Pick<MeterStory, 'wire'>): string {
  return story.wire.map((take) => take.text).filter((text) => text !== '').join('\n\n');
}
