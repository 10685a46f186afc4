/**
 * The example pair behind "Try an example". Written for wirediff (fictional places, people
 * and agencies): a wire story and a local paper's rewrite that keeps some sentences word for
 * word, edits others, paraphrases a few, lifts part of a quote and adds its own reporting.
 */

/** One example article as it fills the form. */
export interface ExampleArticle {
  outlet: string;
  title: string;
  /** `YYYY-MM-DDTHH:mm`, what a datetime-local field holds. */
  publishedAt: string;
  text: string;
}

const WIRE_TEXT = [
  "LAKEPORT, March 4 (Northwire) - The city council of Lakeport voted 31 to 12 on Tuesday to build a floating solar farm on the Brenner reservoir, the largest such project in Europe.",
  "The 140-megawatt installation will cover about a fifth of the reservoir's surface with 260,000 panels mounted on plastic floats.",
  'It is expected to supply electricity to roughly 45,000 households once it is completed in 2028.',
  '"We have no spare land, but we have a lot of water," Mayor Ilse Varga told reporters after the vote.',
  'The project will cost 118 million euros, most of it borrowed from the regional development bank.',
  'Environmental groups had warned that shading the water could harm fish and bird populations.',
  'The council said it would monitor water temperature and oxygen levels every month for the first five years.',
  'Opposition councillors argued the money would be better spent on insulating public housing.',
  'Construction is due to begin in the spring of next year.',
].join(' ');

const REWRITE_TEXT = [
  'The city council of Lakeport voted 31 to 12 on Tuesday evening to build a floating solar farm on the Brenner reservoir, which would be the largest such project in Europe.',
  "The 140-megawatt installation will cover about a fifth of the reservoir's surface with 260,000 panels mounted on plastic floats.",
  'Once finished in 2028, the plant should provide power for around 45,000 homes.',
  '',
  'Mayor Ilse Varga, who has backed the plan since her election campaign, summed up the reasoning in one line: "We have no spare land, but we have a lot of water."',
  'Residents of the lakeside district of Holm have collected more than 3,000 signatures against the project, saying the panels will spoil the view from their homes.',
  '',
  'The project will cost 120 million euros, most of it borrowed from the regional development bank.',
  'Conservation organisations had cautioned that shade on the water might damage fish and birdlife.',
  'The council said it would monitor water temperature and oxygen levels every month for the first five years.',
  'The Courier asked the regional development bank to comment on the loan but had not received a reply by the time of publication.',
  'Construction is due to begin next spring, the council said.',
]
  .join(' ')
  .replace(/ {2}/g, '\n\n');

/** The wire story and the rewrite, in the order the form shows them. */
export const EXAMPLE_ARTICLES: readonly ExampleArticle[] = [
  {
    outlet: 'Northwire (news agency)',
    title: "Lakeport approves Europe's largest floating solar farm",
    publishedAt: '2026-03-04T09:12',
    text: WIRE_TEXT,
  },
  {
    outlet: 'The Lakeport Courier',
    title: 'Council says yes to giant floating solar park on Brenner reservoir',
    publishedAt: '2026-03-04T11:40',
    text: REWRITE_TEXT,
  },
];
