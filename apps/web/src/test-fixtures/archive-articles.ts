import type { ArchiveDocumentInput } from '@wirediff/api/types';

/**
 * A small archive written for wirediff's tests (fictional places and people): a wire story on a
 * bridge closure, two outlets' rewrites of it, and two unrelated stories, one a day earlier.
 */
export const BRIDGE_WIRE: ArchiveDocumentInput = {
  id: 'nw-2026-05-12-bridge',
  outlet: 'Northwire',
  title: 'Old Mill bridge to close for two years',
  publishedAt: '2026-05-12T06:00:00Z',
  text: [
    'The Old Mill bridge over the river Tarn will close to all traffic for two years from September, the county council said on Tuesday.',
    'Engineers found cracks in three of the bridge\'s five stone arches during an inspection in March.',
    '"We cannot let lorries and buses cross a bridge that is coming apart," council leader Ingrid Salo said.',
    'A temporary footbridge will be built beside it by the end of the year, at a cost of 4.2 million pounds.',
    'Drivers face a detour of eleven miles through Kelby and Aston Moor.',
    'Shopkeepers in the town centre fear they will lose a third of their trade while the bridge is shut.',
  ].join(' '),
};

export const BRIDGE_POST: ArchiveDocumentInput = {
  id: 'vp-2026-05-12-bridge',
  outlet: 'Valley Post',
  title: 'Two-year closure for Old Mill bridge',
  publishedAt: '2026-05-12T11:00:00Z',
  text: [
    'The Old Mill bridge over the river Tarn will close to all traffic for two years from September, the county council said.',
    'Engineers found cracks in three of the bridge\'s five stone arches during an inspection in March.',
    '"We cannot let lorries and buses cross a bridge that is coming apart," council leader Ingrid Salo said.',
    'Drivers face a detour of eleven miles through Kelby and Aston Moor.',
    'The Valley Post asked readers how the closure would change their journeys to work.',
  ].join(' '),
};

export const BRIDGE_TIMES: ArchiveDocumentInput = {
  id: 'ht-2026-05-12-bridge',
  outlet: 'Harbour Times',
  title: 'Cracked arches shut Old Mill bridge',
  publishedAt: '2026-05-12T13:30:00Z',
  text: [
    'Engineers found cracks in three of the bridge\'s five stone arches during an inspection in March.',
    'The Old Mill bridge over the river Tarn will close to all traffic for two years from September, the county council said on Tuesday.',
    'A temporary footbridge will be built beside it by the end of the year, at a cost of 4.2 million pounds.',
    'Harbour traders said the detour would add half an hour to deliveries.',
  ].join(' '),
};

export const ORCHESTRA: ArchiveDocumentInput = {
  id: 'nw-2026-05-12-orchestra',
  outlet: 'Northwire',
  title: 'Youth orchestra wins European prize',
  publishedAt: '2026-05-12T09:15:00Z',
  text: [
    'The Tarn Valley Youth Orchestra has won first prize at the European youth music festival in Lyon.',
    'Its sixty players, aged between twelve and nineteen, performed a new work by the composer Edda Lind.',
    'The jury praised the brass section and the young conductor, Pavel Ruud.',
  ].join(' '),
};

export const FLOWER_SHOW: ArchiveDocumentInput = {
  id: 'vp-2026-05-11-flowers',
  outlet: 'Valley Post',
  title: 'Record crowds at the spring flower show',
  publishedAt: '2026-05-11T16:00:00Z',
  text: [
    'More than twelve thousand visitors came to the spring flower show at Kelby Park over the weekend.',
    'The prize for the best rose went to a retired teacher from Aston Moor.',
    'Organisers said next year\'s show would run for three days instead of two.',
  ].join(' '),
};

/** An evening piece that shares a single sentence with the bridge stories. */
export const DETOUR_LETTERS: ArchiveDocumentInput = {
  id: 'vp-2026-05-12-letters',
  outlet: 'Valley Post',
  title: 'Letters: the bridge and the bus',
  publishedAt: '2026-05-12T19:00:00Z',
  text: [
    'Readers wrote in their dozens about the Old Mill bridge this afternoon.',
    'Drivers face a detour of eleven miles through Kelby and Aston Moor.',
    'One reader asked whether the school bus would still run on time, and another offered to walk the children herself.',
    'The bus company said it would publish a new timetable in August.',
  ].join(' '),
};

/** Everything above, in the order it is added to the archive. */
export const ARCHIVE_ARTICLES: ArchiveDocumentInput[] = [FLOWER_SHOW, BRIDGE_WIRE, ORCHESTRA, BRIDGE_POST, BRIDGE_TIMES, DETOUR_LETTERS];

/**
 * An article not in the archive whose source is the wire story: a local site's rewrite that
 * keeps five of the wire's sentences, some of them edited.
 */
export const BRIDGE_LOCAL = {
  outlet: 'Kelby Local',
  title: 'Bridge shut until 2028',
  publishedAt: '2026-05-12T15:00:00Z',
  text: [
    'The Old Mill bridge over the river Tarn will close to all traffic for two years from September, the county council said on Tuesday.',
    'Engineers found cracks in three of the stone arches during an inspection in March.',
    'Drivers face a detour of eleven miles through Kelby and Aston Moor, which is the town\'s busiest road.',
    'A temporary footbridge will be built beside it by the end of the year.',
    '"We cannot let lorries and buses cross a bridge that is coming apart," council leader Ingrid Salo said.',
    'Kelby Local will follow the works on its live page every week.',
  ].join(' '),
};
