import type { ComparisonReport } from '@wirediff/match';
import type { ArticlePayload } from '../api/api-client.js';
import { type ReportModel, formatMatchesCsv, formatHtmlReport } from '@wirediff/report-format';
import { downloadFile } from './download-file.js';
import { formatReportJson } from './export-json.js';

interface ExportBarProps {
  report: ComparisonReport;
  documents: ArticlePayload[];
  model: ReportModel;
  minScore: number;
}

const stamp = (): string => new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');

/**
 * Download the report as JSON, the visible matches as CSV, or a printable HTML report.
 * @example <ExportBar report={report} documents={documents} model={model} minScore={0} />
 */
export function ExportBar({ report, documents, model, minScore }: ExportBarProps) {
  return (
    <div className="export-bar" role="group" aria-label="Export">
      <span className="export-bar__label">Export</span>
      <button type="button" className="button button--quiet button--small" onClick={() => downloadFile({ name: `wirediff-${stamp()}.json`, type: 'application/json', content: formatReportJson({ report, documents }) })}>
        Report (JSON)
      </button>
      <button type="button" className="button button--quiet button--small" onClick={() => downloadFile({ name: `wirediff-matches-${stamp()}.csv`, type: 'text/csv;charset=utf-8', content: formatMatchesCsv(model) })}>
        Matches (CSV)
      </button>
      <button
        type="button"
        className="button button--quiet button--small"
        onClick={() => downloadFile({ name: `wirediff-report-${stamp()}.html`, type: 'text/html;charset=utf-8', content: formatHtmlReport({ model, generatedAt: new Date(), minScore }) })}
      >
        Printable report (HTML)
      </button>
    </div>
  );
}
