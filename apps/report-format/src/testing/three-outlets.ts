import { type FixtureArticle, type FixtureMatch, buildFixtureReport } from './build-fixture-report.js';

/** A wire story and two outlets' versions, hand-written for the component tests. */
export const THREE_OUTLETS: FixtureArticle[] = [
  {
    outlet: 'Wire',
    title: 'Bridge reopens',
    publishedAt: '2026-02-01T08:00:00Z',
    sentences: [
      'The Old Mill bridge reopened on Monday after two years of repairs.',
      'The work cost 14 million euros.',
      'Engineers replaced all 212 steel cables.',
      'Traffic is expected to return to normal within a week.',
    ],
  },
  {
    outlet: 'Daily <b>Post</b>',
    title: 'Old Mill bridge open again',
    publishedAt: '2026-02-01T10:30:00Z',
    sentences: [
      'The Old Mill bridge reopened on Monday after two years of repairs.',
      'The work cost 15 million euros, the city said.',
      'Commuters cheered as the first buses crossed.',
      'Engineers swapped every one of the bridge cables.',
    ],
  },
  {
    outlet: 'Evening Star',
    publishedAt: '2026-02-01T18:00:00Z',
    sentences: ['<img src=x onerror=alert(1)> Locals were relieved.', 'The Old Mill bridge reopened on Monday after two years of repairs.', 'Traffic should be back to normal within a week.'],
  },
];

/** The matches between them. */
export const THREE_OUTLET_MATCHES: FixtureMatch[] = [
  { a: [0, 0], b: [1, 0], kind: 'verbatim', score: 1 },
  { a: [0, 1], b: [1, 1], kind: 'edited', score: 0.78 },
  { a: [0, 2], b: [1, 3], kind: 'paraphrase', score: 0.52 },
  { a: [0, 0], b: [2, 1], kind: 'verbatim', score: 1 },
  { a: [0, 3], b: [2, 2], kind: 'paraphrase', score: 0.61 },
  { a: [1, 0], b: [2, 1], kind: 'verbatim', score: 1 },
];

/**
 * The report and texts of the three outlets; `clusters: true` adds the engine's clusters with origins.
 * @example const { report, texts } = buildThreeOutletReport({ clusters: true })
 */
export function buildThreeOutletReport(options: { clusters?: boolean } = {}): ReturnType<typeof buildFixtureReport> {
  return buildFixtureReport({ articles: THREE_OUTLETS, matches: THREE_OUTLET_MATCHES, ...options });
}
