import { describe, expect, test } from 'vitest';
import { buildThreeOutletReport } from '../src/testing/three-outlets.js';
import { DEFAULT_FILTERS } from '../src/filters.js';
import { findLikelyOrigins } from '../src/likely-origins.js';
import { buildReportModel } from '../src/report-model.js';

const { report, texts } = buildThreeOutletReport({ clusters: true });
const origins = (filters = DEFAULT_FILTERS, changed = report) => findLikelyOrigins(buildReportModel({ report: changed, texts, filters }));

describe('findLikelyOrigins', () => {
  test('counts each shared statement once, for the origin the engine named', () => {
    expect(origins()).toEqual({ originOf: [4, 0, 0], takenFrom: [[], [[0, 3]], [[0, 2]]] });
  });

  test('follows the filters: statements whose matches are hidden drop out', () => {
    // Above 0.9 only the verbatim first sentence is left, shared by all three.
    expect(origins({ ...DEFAULT_FILTERS, minScore: 0.9 })).toEqual({ originOf: [1, 0, 0], takenFrom: [[], [[0, 1]], [[0, 1]]] });
  });

  test('takes the origin from the cluster, not from the publication times', () => {
    // The engine may name another origin than the times suggest (ties, missing times): the page follows it.
    const flipped = { ...report, clusters: report.clusters.map((c) => ({ ...c, origin: { document: 1, reason: 'earliest-published' as const } })) };
    const found = origins(DEFAULT_FILTERS, flipped);
    expect(found.originOf).toEqual([0, 3, 0]);
    expect(found.takenFrom).toEqual([[[1, 3]], [], [[1, 1]]]);
  });

  test('names no origin when the clusters carry none (no times, or an older report)', () => {
    const plain = { ...report, clusters: report.clusters.map(({ origin: _origin, ...rest }) => rest) };
    expect(origins(DEFAULT_FILTERS, plain)).toEqual({ originOf: [0, 0, 0], takenFrom: [[], [], []] });
    expect(origins(DEFAULT_FILTERS, { ...report, clusters: [] }).originOf).toEqual([0, 0, 0]);
  });

  test('an origin that is not a member of its statement is ignored rather than trusted', () => {
    const broken = { ...report, clusters: [{ ...report.clusters[0]!, origin: { document: 7, reason: 'earliest-published' as const } }] };
    expect(origins(DEFAULT_FILTERS, broken).originOf).toEqual([0, 0, 0]);
  });
});
