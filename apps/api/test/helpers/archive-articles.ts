/** Articles written for the archive route tests: a wire story, a paper's copy of it, an unrelated story. */
export const WIRE_STORY: string = [
  'HARBOUR BRIDGE TO CLOSE FOR SIX WEEKS OF REPAIRS',
  'The Kestrel harbour bridge will close to all traffic for six weeks from the first of May while engineers replace its worn steel bearings.',
  'City transport director Ana Ferreira said a free ferry would run every twenty minutes between the two banks during the closure.',
  'Shop owners on the north bank warned that the loss of passing trade could force several small businesses to close before the summer.',
  'The repairs are expected to cost eleven million euros and will be paid for by the regional infrastructure fund, the council said.',
].join('\n\n');

export const PAPER_COPY: string = [
  'Bridge shut for repairs',
  'The Kestrel harbour bridge will close to all traffic for six weeks from the first of May while engineers replace its worn steel bearings.',
  'City transport director Ana Ferreira said a free ferry would run every twenty minutes between the two banks during the closure.',
  'Readers can find the ferry timetable on our website from Monday.',
  'The repairs are expected to cost eleven million euros and will be paid for by the regional infrastructure fund, the council said.',
].join('\n\n');

export const OTHER_STORY: string = [
  'School meals to include more local produce',
  'Primary schools across the district will buy at least half of their vegetables from farms within fifty kilometres starting next term.',
  'The education board said the change would cost about four cents more per meal and support thirty local growers through the winter.',
  'Parents at a meeting on Tuesday asked whether the menus would still suit children with allergies and religious requirements.',
].join('\n\n');
