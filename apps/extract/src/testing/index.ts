// Test fixtures for code that reads files: hand-written .docx, zip and PDF files, so tests
// need no binary files in the repository. Imported as `@wirediff/extract/testing`.
export * from './pdf-writer.js';
export * from './zip-writer.js';
