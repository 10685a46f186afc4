import type { ComparisonReport, DocumentInput } from '@wirediff/match';

/**
 * Any compare with the engine's signature: the shipped `compare`, or an engine under test (a
 * refitted model, other options), so the eval sections can judge it the same way.
 * @example const strict: CompareFunction = (documents) => compare(documents, { minScore: 0.6 });
 */
export type CompareFunction = (documents: DocumentInput[]) => ComparisonReport;
