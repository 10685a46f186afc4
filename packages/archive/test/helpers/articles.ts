/**
 * Articles written for these tests: a wire story, two rewrites of it, an update, and
 * unrelated stories, each long enough to carry a few dozen anchors.
 */
export const WIRE: string = [
  'FLOATING SOLAR FARM APPROVED FOR BRENNER RESERVOIR',
  'Lakeport council last night approved a floating solar farm on the Brenner reservoir, the largest of its kind in the region.',
  'The 140-megawatt installation will cover about a fifth of the reservoir surface with 260,000 panels mounted on plastic floats.',
  'Council leader Maria Holm said the scheme would power every home in the town by the end of 2027 and cut the council energy bill by half.',
  'Opponents told the meeting that the panels would spoil the view from the old harbour and harm the birds that winter on the water.',
  'The council said it would monitor water temperature and oxygen levels every month for the first five years of operation.',
  'Construction is expected to begin in the spring and will create around 300 jobs, according to the developer, Northwind Energy.',
].join('\n\n');

/** A paper that ran the wire almost whole, cut one paragraph and added a sentence of its own. */
export const COPY: string = [
  'Solar farm to float on reservoir',
  'Lakeport council last night approved a floating solar farm on the Brenner reservoir, the largest of its kind in the region.',
  'The 140-megawatt installation will cover about a fifth of the reservoir surface with 260,000 panels mounted on plastic floats.',
  'Council leader Maria Holm said the scheme would power every home in the town by the end of 2027 and cut the council energy bill by half.',
  'The council said it would monitor water temperature and oxygen levels every month for the first five years of operation.',
  'Readers can see the plans at the town library until Friday.',
].join('\n\n');

/** A rewrite that keeps some long runs and rewords the rest. */
export const REWRITE: string = [
  'Lakeport says yes to floating panels',
  'Councillors in Lakeport have backed plans for a vast floating solar farm on the Brenner reservoir.',
  'The 140-megawatt installation will cover about a fifth of the reservoir surface with 260,000 panels mounted on plastic floats.',
  'Critics said the view from the old harbour would be ruined and wintering birds would suffer.',
  'Construction is expected to begin in the spring and will create around 300 jobs, according to the developer, Northwind Energy.',
].join('\n\n');

export const UNRELATED_A: string = [
  'HOSPITAL WAITING TIMES FALL FOR THIRD MONTH',
  'Patients at Eastfield General waited an average of three hours in the emergency department in March, down from four in January.',
  'The hospital trust credited a new triage nurse team and twelve extra beds opened on the surgical ward over the winter.',
  'Union representatives warned that staff were exhausted and that the gains could not last without permanent hiring.',
  'A spokesman for the trust said recruitment of forty nurses from abroad would be completed by the summer.',
].join('\n\n');

export const UNRELATED_B: string = [
  'Rail strike called off after late pay offer',
  'Train drivers on the northern line will return to work on Monday after their union accepted a revised pay offer late on Sunday night.',
  'The deal gives drivers a rise of four per cent this year and three per cent next year, with a review of rosters in the autumn.',
  'Commuters had faced a fourth week of cancellations, and several schools had moved lessons online to cope.',
  'The operator apologised for the disruption and promised refunds for season ticket holders.',
].join('\n\n');

/**
 * A short wire item and a paper's item on it in other words throughout: no run of four words
 * in common, only the facts (the skipper's name, the port, the boat, the fine).
 */
export const WIRE_ITEM: string = [
  'TRAWLER SKIPPER FINED',
  'The skipper of the Porthleven trawler Morwenna Star was ordered to pay £4,200 by Truro magistrates today for landing undersized hake.',
  'Jory Kittow, 52, admitted the offence, which fisheries officers uncovered during a routine inspection at Newlyn in August.',
].join('\n\n');
export const REWORDED_ITEM: string = 'Morwenna Star skipper Jory Kittow was fined £4,200 yesterday by magistrates in Truro after landing hake that was undersized.';
