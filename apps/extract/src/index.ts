export * from './extract-error.js';
export * from './extracted-document.js';
export { extractFile, detectFormat, SUPPORTED_EXTENSIONS } from './extract-file.js';
export { extractHtml } from './extract-html.js';
export { extractMarkdown } from './extract-markdown.js';
export { decodeText, decodeTextFile, decodeWindows1252 } from './decode-text.js';
