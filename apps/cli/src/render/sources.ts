import type { ReportModel } from '@wirediff/report-format';
import { guessOrigins } from '@wirediff/report-format';
import { documentName } from './sentence-text.js';

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/**
 * Where each article's reused sentences likely came from. With publication times, the
 * report's clusters name each shared statement's origin (the earliest-published member), as
 * in the web app; without them, which articles each one shares sentences with, most first.
 * @example renderSources(model) // ['outlet.txt: 7 sentences likely taken from wire.txt', 'wire.txt: published first']
 */
export function renderSources(model: ReportModel): { heading: string; lines: string[] } {
  const { report } = model;
  const origins = guessOrigins(model);
  const known = origins.sources.some((list) => list.length > 0);
  if (known) {
    const lines = report.documents.map((document, index) => {
      const name = documentName(report, index);
      const sources = origins.sources[index] ?? [];
      if (sources.length > 0) {
        const [first, ...rest] = sources;
        const more = rest.map(([source, count]) => `${count} from ${documentName(report, source)}`);
        const reused = document.stats.reusedSentences;
        return `${name}: ${first![1]} of its ${plural(reused, 'reused sentence')} likely taken from ${documentName(report, first![0])}${more.length > 0 ? `, ${more.join(', ')}` : ''}`;
      }
      if (origins.earliest === index) return `${name}: published first; the others took from it`;
      if (document.publishedAt === undefined) return `${name}: no publication time (--published-at), so no origin`;
      return `${name}: nothing taken from an earlier article`;
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
