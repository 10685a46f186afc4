import mammoth from 'mammoth';
import { ExtractError } from './extract-error.js';
import type { ExtractedDocument } from './extracted-document.js';
import { readZip } from './read-zip.js';

const CORE_FIELD = (tag: string): RegExp => new RegExp(`<${tag}(?:\\s[^>]*)?>([^<]*)</${tag}>`);
const TITLE = CORE_FIELD('dc:title');
const CREATOR = CORE_FIELD('dc:creator');
const CREATED = CORE_FIELD('dcterms:created');
const XML_ENTITY = /&(amp|lt|gt|quot|apos);/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function readCoreField(xml: string, pattern: RegExp): string | undefined {
  const value = pattern.exec(xml)?.[1]?.replace(XML_ENTITY, (_, name: string) => ENTITIES[name]!).trim();
  return value || undefined;
}

/**
 * Text of a Word .docx through mammoth, after checking the archive's real decompressed size
 * (zip bombs) ourselves; title, author and date come from docProps/core.xml.
 * @example await extractDocx(bytes, { name: 'a.docx', maxDecompressedBytes: 50e6 })
 */
export async function extractDocx(bytes: Uint8Array, options: { name: string; maxDecompressedBytes: number }): Promise<ExtractedDocument> {
  const entries = readZip(bytes, { maxTotalBytes: options.maxDecompressedBytes, name: options.name });
  if (!entries.has('word/document.xml')) {
    throw new ExtractError('unreadable-file', `${options.name} is a zip archive but not a Word document (no word/document.xml).`);
  }
  let text: string;
  try {
    const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    text = result.value;
  } catch (error) {
    throw new ExtractError('unreadable-file', `${options.name} could not be read as a Word document.`, { cause: error });
  }
  const document: ExtractedDocument = { format: 'docx', text: text.replace(/\n{3,}/g, '\n\n').trim() };
  const core = entries.get('docProps/core.xml');
  if (core) {
    const xml = new TextDecoder().decode(core);
    const title = readCoreField(xml, TITLE);
    const byline = readCoreField(xml, CREATOR);
    const created = readCoreField(xml, CREATED);
    if (title) document.title = title;
    if (byline) document.byline = byline;
    if (created) document.publishedAt = created;
  }
  return document;
}
