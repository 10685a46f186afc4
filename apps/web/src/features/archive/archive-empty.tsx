/**
 * What both archive pages say when the archive holds nothing yet, and how to fill it.
 * @example {stats.documents === 0 ? <ArchiveEmpty /> : null}
 */
export function ArchiveEmpty() {
  return (
    <div className="empty-state" role="status" data-testid="archive-empty">
      <p>
        The archive is empty: add articles with <code>npx wirediff archive add …</code> (or <code>POST /v1/archive/documents</code>),
        then search again.
      </p>
    </div>
  );
}
