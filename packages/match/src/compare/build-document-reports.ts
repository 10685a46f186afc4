import { MATCH_KINDS, type DocumentInput, type DocumentReport, type Match, type MatchKind, type SentenceReport } from '../types.js';
import type { AnalyzedSentence } from './document-model.js';

const KIND_RANK: Record<MatchKind, number> = Object.fromEntries(MATCH_KINDS.map((kind, rank) => [kind, rank])) as Record<MatchKind, number>;

function emptyByKind(): Record<MatchKind, number> {
  return { verbatim: 0, edited: 0, paraphrase: 0, partial: 0 };
}

/**
 * One DocumentReport per input: each sentence with its status, closest kind and match ids, and
 * the stats. `characters` is the sum of the sentences' lengths (text between sentences, such as
 * blank lines, is not counted), `reusedCharacters` the same sum over reused sentences, so
 * `reusedShare` = reusedCharacters / characters (0 for a document without sentences).
 * When some match is a shared quote (`Match.quote`), every document's stats also give
 * `quoteReusedCharacters` (reused sentences whose every match is a shared quote) and
 * `reusedShareWithoutQuotes`, the reused share without them.
 *
 * @example
 * buildDocumentReports({ documents: inputs, sentences: [analysedA.sentences, analysedB.sentences], matches });
 */
export function buildDocumentReports({
  documents,
  sentences,
  matches,
}: {
  documents: readonly DocumentInput[];
  sentences: readonly (readonly AnalyzedSentence[])[];
  matches: readonly Match[];
}): DocumentReport[] {
  const reports: DocumentReport[] = documents.map((input, d) => {
    const sentenceReports: SentenceReport[] = (sentences[d] ?? []).map((sentence) => ({
      index: sentence.index,
      start: sentence.start,
      end: sentence.end,
      role: sentence.role,
      status: 'added',
      matchIds: [],
    }));
    const report: DocumentReport = {
      id: input.id ?? `doc-${d + 1}`,
      sentences: sentenceReports,
      stats: {
        sentences: sentenceReports.length,
        reusedSentences: 0,
        addedSentences: 0,
        characters: 0,
        reusedCharacters: 0,
        reusedShare: 0,
        byKind: emptyByKind(),
      },
    };
    if (input.title !== undefined) report.title = input.title;
    if (input.outlet !== undefined) report.outlet = input.outlet;
    if (input.publishedAt !== undefined) report.publishedAt = input.publishedAt;
    return report;
  });

  // Matches arrive sorted by id, so every matchIds list comes out ascending.
  for (const match of matches) {
    for (const side of match.sides) {
      for (const index of side.sentences) {
        const sentence = reports[side.document]!.sentences[index]!;
        sentence.status = 'reused';
        sentence.matchIds.push(match.id);
        if (sentence.kind === undefined || KIND_RANK[match.kind] < KIND_RANK[sentence.kind]) sentence.kind = match.kind;
      }
    }
  }

  const quoteMatch = new Set<number>();
  for (const match of matches) if (match.quote === true) quoteMatch.add(match.id);
  for (const report of reports) {
    const stats = report.stats;
    let quoteReused = 0;
    for (const sentence of report.sentences) {
      const length = sentence.end - sentence.start;
      stats.characters += length;
      if (sentence.status === 'reused') {
        stats.reusedSentences++;
        stats.reusedCharacters += length;
        stats.byKind[sentence.kind!]++;
        if (sentence.matchIds.every((id) => quoteMatch.has(id))) quoteReused += length;
      } else {
        stats.addedSentences++;
      }
    }
    stats.reusedShare = stats.characters === 0 ? 0 : stats.reusedCharacters / stats.characters;
    // A report without shared quotes stays as it was: the shares with and without quotes agree.
    if (quoteMatch.size > 0) {
      stats.quoteReusedCharacters = quoteReused;
      stats.reusedShareWithoutQuotes = stats.characters === 0 ? 0 : (stats.reusedCharacters - quoteReused) / stats.characters;
    }
  }
  return reports;
}
