/** Column alignment in a text table. */
export type Align = 'left' | 'right';

/** Options for `formatTable`. */
export interface TableOptions {
  /** One entry per column; columns not listed align left. */
  align?: readonly Align[];
  /** Between columns; two spaces unless told. */
  gap?: string;
  /** Before every row; nothing unless told. */
  indent?: string;
}

/**
 * Lays rows of cells out in padded columns (the first row is usually the header).
 * Widths count UTF-16 code units: cells are file names and figures, not East Asian text.
 * @example formatTable([['a', '1'], ['bb', '22']], { align: ['left', 'right'] }) // 'a    1\nbb  22'
 */
export function formatTable(rows: readonly (readonly string[])[], options: TableOptions = {}): string {
  const gap = options.gap ?? '  ';
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, column) => (widths[column] = Math.max(widths[column] ?? 0, cell.length)));
  return rows
    .map((row) =>
      (options.indent ?? '') +
      row
        .map((cell, column) => {
          const width = widths[column] ?? 0;
          return options.align?.[column] === 'right' ? cell.padStart(width) : cell.padEnd(width);
        })
        .join(gap)
        .trimEnd(),
    )
    .join('\n');
}
