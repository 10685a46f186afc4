import { type LikelyOrigins, type ReportModel, formatShare } from '@wirediff/report-format';

/**
 * For three or more articles: how much of each (row) article also appears in each other (column).
 * @example <PairMatrix model={model} origins={findLikelyOrigins(model)} />
 */
export function PairMatrix({ model, origins }: { model: ReportModel; origins: LikelyOrigins }) {
  const n = model.report.documents.length;
  return (
    <section className="pair-matrix" aria-labelledby="matrix-heading">
      <h3 id="matrix-heading">Who shares text with whom</h3>
      <p className="muted">
        Read across a row: the share of that article's sentences also found in the article heading the column.
        {origins.takenFrom.some((list) => list.length > 0) ? ' “← from” marks the article the row article likely took those sentences from (published earlier).' : ''}
      </p>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">Article</th>
              {model.names.map((name, j) => (
                <th key={j} scope="col">
                  {name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {model.names.map((name, i) => (
              <tr key={i}>
                <th scope="row">{name}</th>
                {Array.from({ length: n }, (_, j) => {
                  if (i === j) return <td key={j} className="pair-matrix__self" aria-label="same article">—</td>;
                  const shared = model.overlap[i]?.[j] ?? 0;
                  const total = model.counts[i]?.sentences ?? 0;
                  const share = total ? shared / total : 0;
                  const earlier = (origins.takenFrom[i] ?? []).some(([source]) => source === j);
                  return (
                    <td key={j} style={{ ['--share' as string]: share.toFixed(3) }} className="pair-matrix__cell">
                      <span className="pair-matrix__value">{formatShare(shared, total)}</span>
                      <span className="pair-matrix__count">
                        {shared} of {total}
                      </span>
                      {earlier ? <span className="pair-matrix__origin"> ← from</span> : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
