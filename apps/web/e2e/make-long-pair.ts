// Two long articles for the browser test: a "wire feed" of varied sentences and a rewrite that
// keeps a third word for word, edits a third and replaces the rest, so reuse runs the whole length.

const SUBJECTS = ['The harbour board', 'A regional court', 'The transport ministry', 'Local fishermen', 'The city archive', 'Two hospital unions', 'A mining company', 'The weather service', 'Farmers in the valley', 'The university senate', 'A ferry operator', 'The national library'];
const VERBS = ['announced', 'rejected', 'postponed', 'approved', 'questioned', 'published', 'defended', 'criticised'];
const OBJECTS = ['a plan for new moorings', 'the budget for winter roads', 'a report on river pollution', 'rules for night flights', 'the sale of an old depot', 'a study of school meals', 'an audit of water pipes', 'a scheme for rooftop gardens', 'the timetable for spring', 'a review of bridge tolls'];
const PLACES = ['in Aldersund', 'near Brekkvik', 'at Corran Point', 'outside Dunmere', 'in the old quarter of Elsby', 'across Fjellstad county'];

function makeRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** A wire text of `count` sentences and its rewrite. */
export function makeLongPair(count: number): { wire: string; rewrite: string } {
  const random = makeRandom(20260304);
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]!;
  const wire: string[] = [];
  const rewrite: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const sentence = `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)} ${pick(PLACES)} on day ${i + 1}.`;
    wire.push(sentence);
    if (i % 3 === 0) rewrite.push(sentence);
    else if (i % 3 === 1) rewrite.push(sentence.replace(/ on day (\d+)\./, ', officials said on day $1 of the session.'));
    else rewrite.push(`Reporter note ${i + 1}: ${pick(['queues', 'rain', 'a protest', 'a delay', 'a vote'])} was seen ${pick(PLACES)}.`);
  }
  return { wire: wire.join(' '), rewrite: rewrite.join(' ') };
}
