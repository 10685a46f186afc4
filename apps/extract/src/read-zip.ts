import { inflateRawSync } from 'node:zlib';
import { ExtractError } from './extract-error.js';

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_ENTRY = 0x02014b50;
const LOCAL_ENTRY = 0x04034b50;
const MAX_ENTRIES = 10_000;

/**
 * Every entry of a zip archive, decompressed, counting the real inflated bytes against
 * `maxTotalBytes` ('too-large' when exceeded, so a zip bomb is stopped while it inflates,
 * whatever its headers claim). A damaged archive is 'unreadable-file' (an `ExtractError`).
 * Written here rather than taken from a zip library because none of the small ones bound the
 * inflated size per archive while inflating.
 * @example readZip(bytes, { maxTotalBytes: 50e6, name: 'a.docx' }).get('word/document.xml')
 */
export function readZip(bytes: Uint8Array, options: { maxTotalBytes: number; name: string }): Map<string, Uint8Array> {
  const corrupt = (why: string): ExtractError => new ExtractError('unreadable-file', `${options.name} is not a readable .docx (${why}).`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (view.getUint32(i, true) === END_OF_CENTRAL_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) throw corrupt('no zip directory');
  const count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  if (count > MAX_ENTRIES) throw corrupt('too many entries');
  const entries = new Map<string, Uint8Array>();
  const decoder = new TextDecoder();
  let budget = options.maxTotalBytes;
  for (let n = 0; n < count; n++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== CENTRAL_ENTRY) throw corrupt('damaged directory');
    const method = view.getUint16(offset + 10, true);
    const compressedSize = view.getUint32(offset + 20, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const localOffset = view.getUint32(offset + 42, true);
    const name = decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
    offset += 46 + nameLength + extraLength + commentLength;
    if (localOffset + 30 > bytes.length || view.getUint32(localOffset, true) !== LOCAL_ENTRY) throw corrupt('damaged entry');
    const dataStart = localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
    const data = bytes.subarray(dataStart, dataStart + compressedSize);
    if (data.length !== compressedSize) throw corrupt('truncated entry');
    let content: Uint8Array;
    if (method === 0) {
      content = data;
    } else if (method === 8) {
      try {
        content = inflateRawSync(data, { maxOutputLength: Math.max(1, budget) });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge(options);
        throw corrupt('bad compressed data');
      }
    } else {
      throw corrupt(`unsupported compression method ${method}`);
    }
    budget -= content.length;
    if (budget < 0) throw tooLarge(options);
    entries.set(name, content);
  }
  return entries;
}

function tooLarge(options: { maxTotalBytes: number; name: string }): ExtractError {
  return new ExtractError('too-large', `${options.name} decompresses to more than ${options.maxTotalBytes} bytes, the limit for a .docx.`);
}
