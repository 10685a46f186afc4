import { type FixtureArticle, type FixtureMatch, buildFixtureReport } from '@wirediff/report-format/testing';

/**
 * A wire story and a local paper's version, hand-written for wirediff's tests: a figure
 * changed, an attribution changed, a sentence reworded, and one quote both print.
 */
export const FERRY_ARTICLES: FixtureArticle[] = [
  {
    outlet: 'Coastwire',
    title: 'Skerry ferry fares to rise',
    publishedAt: '2026-05-12T07:30:00Z',
    sentences: [
      'Ferry fares on the Skerry line will rise by 25 per cent from June, the operator said on Monday.',
      '"We have held prices for six years and cannot hold them any longer," chief executive Marta Quist said.',
      'Harbour spokesman Tomas Ek said the new timetable would add two sailings a day.',
      'The operator expects to carry 1.2 million passengers this year.',
      'Islanders have started a petition against the rise.',
    ],
  },
  {
    outlet: 'Island Gazette',
    title: 'Ferry fares up by half',
    publishedAt: '2026-05-12T12:10:00Z',
    sentences: [
      'Ferry fares on the Skerry line will rise by 50 per cent from June, the operator said.',
      'Marta Quist, the chief executive, told the Gazette: “We have held prices for six years and cannot hold them any longer.”',
      'The harbour authority said the new timetable would add two sailings a day.',
      'About 1.2 million passengers are expected to use the ferries this year, according to the operator.',
      'Shops on the quay reported long queues for tickets.',
    ],
  },
];

/** The matches, with what changed in each, as the engine reports them. */
export const FERRY_MATCHES: FixtureMatch[] = [
  {
    a: [0, 0],
    b: [1, 0],
    kind: 'edited',
    score: 0.86,
    changes: [
      { kind: 'number', from: '25 per cent', to: '50 per cent', summary: 'number changed: 25 -> 50 per cent' },
      { kind: 'cut', from: 'on Monday', summary: 'words cut: on Monday' },
    ],
  },
  { a: [0, 1], b: [1, 1], kind: 'partial', score: 0.64, quote: true },
  {
    a: [0, 2],
    b: [1, 2],
    kind: 'edited',
    score: 0.79,
    changes: [{ kind: 'attribution', from: 'Harbour spokesman Tomas Ek said', to: 'The harbour authority said', summary: 'attribution changed: Harbour spokesman Tomas Ek said -> The harbour authority said' }],
  },
  {
    a: [0, 3],
    b: [1, 3],
    kind: 'paraphrase',
    score: 0.58,
    changes: [
      { kind: 'reworded', from: 'The operator expects to carry', to: 'are expected to use the ferries', summary: 'reworded: The operator expects to carry -> are expected to use the ferries' },
      { kind: 'added', to: 'according to the operator', summary: 'words added: according to the operator' },
    ],
  },
];

/**
 * The ferry pair's report and texts, clusters and origins included.
 * @example const { report, texts } = buildFerryReport()
 */
export function buildFerryReport(): ReturnType<typeof buildFixtureReport> {
  return buildFixtureReport({ articles: FERRY_ARTICLES, matches: FERRY_MATCHES, clusters: true });
}
