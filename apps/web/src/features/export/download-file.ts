/**
 * Offer a string as a file download.
 * @example downloadFile({ name: 'report.json', type: 'application/json', content: '{}' })
 */
export function downloadFile(options: { name: string; type: string; content: string }): void {
  const blob = new Blob([options.content], { type: options.type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = options.name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers start reading the blob only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
