export { createApp, CONTENT_SECURITY_POLICY, type AppDeps, type ApiLogger } from './app.js';
export { startServer, type RunningServer } from './server.js';
export { readConfig, ENV_VARS, type ApiConfig, type ApiLimits, type EnvVarDoc } from './config.js';
export { ApiError, type ProblemDetails, type FieldError } from './errors.js';
export { createComparePool, type ComparePoolOptions } from './compare/compare-pool.js';
export type { CompareRunner, CompareTask, CompareResult } from './compare/compare-task.js';
export { openSqliteStore } from './storage/sqlite-store.js';
export type { ComparisonStore, SavedComparison, ComparisonSummary, ComparisonPage, StoredDocument } from './storage/comparison-store.js';
