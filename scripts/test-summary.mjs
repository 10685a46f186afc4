// Prints "N passed, N failed" from vitest's JSON report. When the run never reached vitest
// (install, build or type-check failed), it counts that as one failure so CI cannot read a
// broken main as green.
import { existsSync, readFileSync } from 'node:fs';

const [reportPath = 'test-results/vitest.json', exitCode = '0'] = process.argv.slice(2);

let passed = 0;
let failed = 0;
if (existsSync(reportPath)) {
  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  passed = report.numPassedTests ?? 0;
  failed = (report.numFailedTests ?? 0) + (report.numRuntimeErrorTestSuites ?? 0);
  // A suite that failed to load has no failed tests but did fail.
  for (const suite of report.testResults ?? []) {
    if (suite.status === 'failed' && (suite.assertionResults ?? []).length === 0) failed += 1;
  }
}
if (failed === 0 && exitCode !== '0') failed = 1;
console.log(`${passed} passed, ${failed} failed`);
