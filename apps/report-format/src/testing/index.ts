// Hand-made reports for tests of code that reads reports (the web app, the CLI, the exports),
// so they need not wait for the matcher. Imported as `@wirediff/report-format/testing`.
export * from './build-fixture-report.js';
export * from './three-outlets.js';
