import { buildThreeOutletReport } from '@wirediff/report-format/testing';
import { describe, expect, test } from 'vitest';
import { formatReportJson } from './export-json.js';

const { report, texts } = buildThreeOutletReport();

describe('exports', () => {
  test('JSON holds the report and the texts, and parses back', () => {
    const parsed = JSON.parse(formatReportJson({ report, documents: texts.map((text) => ({ text })) }));
    expect(parsed.report).toEqual(report);
    expect(parsed.documents[2].text).toBe(texts[2]);
  });
});
