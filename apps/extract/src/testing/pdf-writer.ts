/** Options of `writePdf`. */
export interface PdfOptions {
  title?: string;
  author?: string;
  /** Add a standard-security /Encrypt dictionary whose user password is not empty. */
  encrypted?: boolean;
}

const PDF_STRING_SPECIAL = /[\\()]/g;
const pdfString = (text: string): string => `(${text.replace(PDF_STRING_SPECIAL, (ch) => '\\' + ch)})`;

/**
 * A minimal valid PDF written by hand: one page per entry of `pages`, each line of text drawn
 * with Helvetica; an empty page string draws a filled rectangle only (an "image-only" page).
 */
export function writePdf(pages: string[], options: PdfOptions = {}): Uint8Array {
  const objects: string[] = [];
  const add = (body: string): number => objects.push(body);
  const catalog = add('');
  const pageTree = add('');
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const kids: number[] = [];
  for (const text of pages) {
    const stream =
      text === ''
        ? '0.5 g 72 600 200 100 re f'
        : ['BT', '/F1 12 Tf', '14 TL', '72 720 Td', ...text.split('\n').map((line) => `${pdfString(line)} Tj T*`), 'ET'].join('\n');
    const content = add(`<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`);
    kids.push(add(`<< /Type /Page /Parent ${pageTree} 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`));
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pageTree} 0 R >>`;
  objects[pageTree - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  const info = add(`<< ${options.title ? `/Title ${pdfString(options.title)} ` : ''}${options.author ? `/Author ${pdfString(options.author)} ` : ''}/CreationDate (D:20240502093000Z) >>`);
  const encrypt = options.encrypted
    ? add(`<< /Filter /Standard /V 1 /R 2 /O <${'6f'.repeat(32)}> /U <${'75'.repeat(32)}> /P -44 >>`)
    : undefined;
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  const id = '<0123456789abcdef0123456789abcdef>';
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R /Info ${info} 0 R${encrypt ? ` /Encrypt ${encrypt} 0 R /ID [${id} ${id}]` : ''} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}
