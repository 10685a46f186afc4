/** Where a command writes and what it reads from its environment; `process` in real use. */
export interface CommandIo {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  stdin: AsyncIterable<Uint8Array | string> & { isTTY?: boolean };
  env: Readonly<Record<string, string | undefined>>;
}
