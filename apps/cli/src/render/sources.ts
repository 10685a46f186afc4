import { findLikelyOrigins, type ReportModel } from '@wirediff/report-format';
import { documentName } from './sentence-text.js';

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/**
 * Where each article's reused sentences likely came from. With publication times, the
 * engine's clusters name each shared statement's origin (the earliest-published member),
 * read as the web app reads them (`findLikelyOrigins`); without them, which articles each one
 * shares sentences with, most first.
 * @example renderSources(model).lines // ['wire.txt: the origin of 7 shared statements', 'outlet.txt: 7 of its 9 reused sentences likely taken from wire.txt']
 */
export function renderSources(model: ReportModel): { heading: string; lines: string[] } {
  const { report } = model;
  const origins = findLikelyOrigins(model);
  if (origins.takenFrom.some((list) => list.length > 0)) {
    const lines = report.documents.map((document, index) => {
      const name = documentName(report, index);
      const parts: string[] = [];
      const [first, ...rest] = origins.takenFrom[index] ?? [];
      if (first) {
        const more = rest.map(([source, count]) => `${count} from ${documentName(report, source)}`);
        parts.push(`${first[1]} of its ${plural(document.stats.reusedSentences, 'reused sentence')} likely taken from ${documentName(report, first[0])}${more.length > 0 ? `, ${more.join(', ')}` : ''}`);
      }
      const statements = origins.originOf[index] ?? 0;
      if (statements > 0) parts.push(`the origin of ${plural(statements, 'shared statement')}`);
      if (parts.length === 0) parts.push(document.publishedAt === undefined ? 'no publication time (--published-at), so no origin' : 'nothing traced to another article');
      return `${name}: ${parts.join('; ')}`;
    });
    return { heading: 'Taken from (each shared statement traced to the earliest-published article that has it)', lines };
  }
  const lines = report.documents.map((_, index) => {
    const name = documentName(report, index);
    const partners = (model.overlap[index] ?? [])
      .map((count, other) => [other, count] as const)
      .filter(([, count]) => count > 0)
      .sort((x, y) => y[1] - x[1] || x[0] - y[0]);
    if (partners.length === 0) return `${name}: shares no sentence`;
    return `${name}: ${partners.map(([other, count]) => `${plural(count, 'sentence')} with ${documentName(report, other)}`).join(', ')}`;
  });
  return { heading: 'Shared with (give --published-at to say who took from whom)', lines };
}
