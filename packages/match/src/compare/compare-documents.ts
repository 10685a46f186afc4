import type { ComparisonReport, CompareOptions, DocumentInput, Match, MatchSide } from '../types.js';
import { diffTokenRuns, type TokenRun } from '../diff/token-diff.js';
import type { ScoredUnit } from './align-units.js';
import { buildClusters } from './build-clusters.js';
import { buildDocumentReports } from './build-document-reports.js';
import { buildDocumentModel, createFeatureVocabulary, type AnalyzedDocument, type DocumentModel } from './document-model.js';
import { createPreparedDocument, matchDocumentPair, type PreparedDocument } from './match-document-pair.js';
import { checkTimeBudget, startProgress, startTimeBudget, type ScoringEngine } from './scoring-engine.js';
import { resolveCompareInput } from './validate-input.js';

// Scores are rounded so reports stay readable and stable across platforms' last-bit noise.
const SCORE_DECIMALS = 1e4;

function tokenRun(model: DocumentModel, sentences: readonly number[]): TokenRun {
  let length = 0;
  for (const s of sentences) length += model.tokenOffset[s + 1]! - model.tokenOffset[s]!;
  const ids = new Int32Array(length);
  const starts = new Int32Array(length);
  const ends = new Int32Array(length);
  const groups = new Int32Array(length);
  let at = 0;
  for (const s of sentences) {
    const from = model.tokenOffset[s]!;
    const to = model.tokenOffset[s + 1]!;
    ids.set(model.tokenStem.subarray(from, to), at);
    starts.set(model.tokenStart.subarray(from, to), at);
    ends.set(model.tokenEnd.subarray(from, to), at);
    groups.fill(s, at, at + to - from);
    at += to - from;
  }
  return { ids, starts, ends, groups };
}

interface PairMatch {
  docA: number;
  docB: number;
  unit: ScoredUnit;
}

function toMatch(id: number, { docA, docB, unit }: PairMatch, models: readonly DocumentModel[]): Match {
  const { diff, spansA, spansB } = diffTokenRuns(tokenRun(models[docA]!, unit.a), tokenRun(models[docB]!, unit.b));
  const sideA: MatchSide = { document: docA, sentences: unit.a, spans: spansA };
  const sideB: MatchSide = { document: docB, sentences: unit.b, spans: spansB };
  const match: Match = { id, kind: unit.kind, score: Math.round(unit.score * SCORE_DECIMALS) / SCORE_DECIMALS, sides: [sideA, sideB], diff };
  if (unit.context === true) match.context = true;
  return match;
}

function comparePairMatches(x: PairMatch, y: PairMatch): number {
  return x.docA - y.docA || x.docB - y.docB || x.unit.a[0]! - y.unit.a[0]! || x.unit.b[0]! - y.unit.b[0]!;
}

/**
 * `compare` with its engine (analysis and scorer) passed in: the whole pipeline from texts to
 * report. Public callers use `compare`, which supplies the real engine.
 *
 * @example
 * const report = compareWithEngine([{ text: a }, { text: b }], {}, engine);
 */
export function compareWithEngine<P>(documents: DocumentInput[], options: CompareOptions | undefined, engine: ScoringEngine<P>): ComparisonReport {
  const resolved = resolveCompareInput(documents, options, engine.threshold);
  const budget = startTimeBudget(resolved.timeBudgetMs);
  const vocabulary = createFeatureVocabulary();
  const analyzed: AnalyzedDocument[] = [];
  let analyzedCount = 0;
  // Analysis is near-linear in the text, so characters measure its progress.
  let charactersTotal = 0;
  for (const input of documents) charactersTotal += input.text.length;
  const analyseMeter = startProgress(options?.onProgress, 'analyse', charactersTotal);
  let charactersDone = 0;
  for (const input of documents) {
    if (checkTimeBudget(budget)) break;
    analyzed.push(engine.analyze(input.text, resolved.language));
    analyzedCount++;
    charactersDone += input.text.length;
    analyseMeter.update(charactersDone);
  }
  const models = analyzed.map((document) => buildDocumentModel({ document, vocabulary }));
  const prepared: PreparedDocument<P>[] = models.map((model) => createPreparedDocument<P>(model));

  const found: PairMatch[] = [];
  let pairsDone = 0;
  let pairsTotal = 0;
  for (let i = 0; i < documents.length; i++) for (let j = i + 1; j < documents.length; j++) pairsTotal++;
  // Matching a pair costs about its sentences on both sides (a bounded number of candidates each).
  let sentencePairUnits = 0;
  for (let docA = 0; docA < models.length; docA++) {
    for (let docB = docA + 1; docB < models.length; docB++) sentencePairUnits += models[docA]!.sentences.length + models[docB]!.sentences.length;
  }
  const matchMeter = startProgress(options?.onProgress, 'match', sentencePairUnits);
  let unitsDone = 0;
  outer: for (let docA = 0; docA < prepared.length; docA++) {
    for (let docB = docA + 1; docB < prepared.length; docB++) {
      if (checkTimeBudget(budget)) break outer;
      const pairUnits = models[docA]!.sentences.length + models[docB]!.sentences.length;
      const base = unitsDone;
      const onScored = (done: number, total: number): void => matchMeter.update(base + Math.floor((pairUnits * done) / total));
      const units = matchDocumentPair({ docA: prepared[docA]!, docB: prepared[docB]!, engine, minScore: resolved.minScore, budget, onScored });
      unitsDone += pairUnits;
      matchMeter.update(unitsDone);
      for (const unit of units) found.push({ docA, docB, unit });
      if (budget.expired) break outer;
      pairsDone++;
    }
    // Every pair holding docA is done (earlier rows held it as docB): free its prepared sentences.
    prepared[docA]!.single.fill(undefined);
    prepared[docA]!.merged.clear();
  }

  found.sort(comparePairMatches);
  const matches = found.map((pair, id) => toMatch(id, pair, models));
  const report: ComparisonReport = {
    schemaVersion: 1,
    documents: buildDocumentReports({ documents, sentences: analyzed.map((document) => document.sentences), matches }),
    matches,
    clusters: buildClusters({ matches, sentenceCounts: models.map((model) => model.sentences.length), documents }),
    options: resolved,
  };
  if (budget.expired) {
    report.incomplete = {
      reason: 'time-budget',
      detail:
        analyzedCount < documents.length
          ? `time budget of ${resolved.timeBudgetMs} ms ran out while analysing: ${analyzedCount} of ${documents.length} documents analysed, no matches for the rest`
          : `time budget of ${resolved.timeBudgetMs} ms ran out: ${pairsDone} of ${pairsTotal} document pairs fully compared`,
    };
  }
  return report;
}
