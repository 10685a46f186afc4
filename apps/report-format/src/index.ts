export * from './filters.js';
export * from './match-kinds.js';
export * from './report-model.js';
export * from './likely-origins.js';
export * from './export-csv.js';
export * from './export-html.js';
